/**
 * The embed's host script, pinned (issue 23): `public/embed.js` is also
 * written under a content-hashed name, `embed-<hash>.js`, which never
 * changes once published (a year-long immutable cache, `_headers`), so that
 * a newsroom can load it with Subresource Integrity. `/embed.js` stays for
 * code already pasted. The Embed dialog's code names the hashed file and its
 * `integrity` (`virtual:host-script`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PinnedHostScript {
  /** The file's name at the site's root: `embed-<10 hex>.js`. */
  fileName: string;
  /** `sha384-<base64>`, for the script element's `integrity`. */
  integrity: string;
  source: string;
}

export function pinnedHostScript(root: string): PinnedHostScript {
  const source = readFileSync(resolve(root, 'public/embed.js'), 'utf8');
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return {
    fileName: `embed-${hash}.js`,
    integrity: `sha384-${createHash('sha384').update(source).digest('base64')}`,
    source,
  };
}
