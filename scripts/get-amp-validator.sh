#!/usr/bin/env bash
# Fetches the official AMP validator engine (validator_wasm.js) for offline use.
#
# amphtml-validator alone downloads the engine from the AMP CDN at run time. The same
# engine ships inside the npm tarball of next@15.5.29, so we take it from the npm
# registry, check its sha256, and cache it. Usage: scripts/get-amp-validator.sh [outdir]
set -euo pipefail
OUT=${1:-.cache/amp-validator}
FILE=validator_wasm.js
SHA=f1f4629ab36f555f5a9937a5cf00f0ef780bf025883c035d06389b151c896f26
PKG=next@15.5.29
INNER=package/dist/compiled/amphtml-validator/$FILE

if [ -f "$OUT/$FILE" ] && echo "$SHA  $OUT/$FILE" | sha256sum -c --quiet 2>/dev/null; then
  echo "amp validator: cached at $OUT/$FILE"
  exit 0
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
npm pack "$PKG" --pack-destination "$TMP" --silent >/dev/null
tar -xzf "$TMP"/next-*.tgz -C "$TMP" "$INNER"
echo "$SHA  $TMP/$INNER" | sha256sum -c --quiet || { echo "amp validator: sha256 mismatch for $PKG" >&2; exit 1; }
mkdir -p "$OUT"
cp "$TMP/$INNER" "$OUT/$FILE.tmp"
mv "$OUT/$FILE.tmp" "$OUT/$FILE"
echo "amp validator: fetched $PKG -> $OUT/$FILE"
