// The AMP target reads local image files to give amp-img its width and height, and does
// not report which. Every src in the AMP part that names a path under the project root
// (by the target's own rule, ImageSizer.localPath) is therefore taken as a possible
// input of the template: a superset of the files it read, which is the safe side.
import { decodeHTMLAttribute } from 'entities';
import { ImageSizer } from '../targets/amp/render/images.js';
import type { OutputFile } from '../write/manifest.js';

const SRC = /\ssrc=(?:"([^"]*)"|'([^']*)')/g;

export function ampImageFiles(files: readonly OutputFile[], root: string): string[] {
  const sizer = new ImageSizer(root);
  const found = new Set<string>();
  for (const file of files) {
    if (file.target !== 'amp' || file.part !== 'html') continue;
    for (const m of file.content.matchAll(SRC)) {
      const local = sizer.localPath(decodeHTMLAttribute(m[1] ?? m[2] ?? ''));
      if (local) found.add(local);
    }
  }
  return [...found].sort();
}
