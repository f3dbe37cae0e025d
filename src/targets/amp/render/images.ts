// Intrinsic image sizes for amp-img. AMP needs width and height for every image; MJML
// only knows a display width. A size comes from the element's declared width and height,
// or from the image file when it is kept under the project root (the src's path, for a
// relative src or an https URL whose path mirrors the project's folders). Never a guess.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { imageSize as ImageSizeFunction } from 'image-size';
import type { Span } from '../../../ir/nodes.js';
import type { AttrOut } from './markup.js';
import type { RenderState } from './state.js';

// image-size loads on first use: only builds with the amp target need it.
const requireHere = createRequire(import.meta.url);
let loaded: typeof ImageSizeFunction | undefined;
const imageSize = (): typeof ImageSizeFunction => (loaded ??= (requireHere('image-size') as { imageSize: typeof ImageSizeFunction }).imageSize);

export interface ImageSize {
  width: number;
  height: number;
}

export class ImageSizer {
  private readonly cache = new Map<string, ImageSize | null>();
  constructor(readonly root: string) {}

  /** The project-relative path the image would be read from, or null for non-file sources. */
  localPath(src: string): string | null {
    let p: string;
    if (/^https?:\/\//i.test(src)) {
      try {
        p = decodeURIComponent(new URL(src).pathname);
      } catch {
        return null;
      }
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return null;
    else p = src.split(/[?#]/)[0]!;
    const rel = path.posix.normalize(p.replace(/^\/+/, ''));
    if (!rel || rel === '.' || rel.startsWith('..')) return null;
    return rel;
  }

  /**
   * The size amp-img declares: the declared width and height, a missing one completed
   * from the local file in its proportions, or the file's own size; null when unknown.
   */
  complete(src: string | null, width: number | null, height: number | null): ImageSize | null {
    if (width !== null && height !== null) return { width, height };
    const file = src === null ? null : this.fromFile(src);
    if (!file) return null;
    if (width !== null) return { width, height: Math.round((width * file.height) / file.width) };
    if (height !== null) return { width: Math.round((height * file.width) / file.height), height };
    return file;
  }

  /** The size read from the local file, or null when there is none. */
  fromFile(src: string): ImageSize | null {
    const rel = this.localPath(src);
    if (!rel) return null;
    if (this.cache.has(rel)) return this.cache.get(rel)!;
    let size: ImageSize | null = null;
    try {
      const info = imageSize()(readFileSync(path.join(this.root, rel)));
      if (info.width && info.height) {
        // EXIF orientations 5-8 display the image rotated by 90 degrees.
        const rotated = (info.orientation ?? 1) >= 5;
        size = rotated ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
      }
    } catch {
      size = null;
    }
    this.cache.set(rel, size);
    return size;
  }
}

/** A px length ("600px", "600") as a number; null for anything else (auto, %, em). */
export function pxValue(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value);
  return m ? Number(m[1]) : null;
}

/**
 * The size amp-img declares for `src` (ImageSizer.complete), or null after reporting that
 * it cannot be known. A per-recipient src is named as such (its raw form holds internal
 * placeholders).
 */
export function knownSizeOrReport(state: RenderState, span: Span, src: AttrOut, width: number | null, height: number | null): ImageSize | null {
  const fixed = typeof src === 'string' ? src : null;
  const size = state.images.complete(fixed, width, height);
  if (!size) {
    state.report('amp-image-size-unknown', span, {
      src: fixed ?? 'per-recipient image',
      path: (fixed !== null && state.images.localPath(fixed)) || 'a local path',
    });
  }
  return size;
}
