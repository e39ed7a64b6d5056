import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pinInlineCode } from './single-file-plugin.ts';
import { CSP_SINGLE_FILE_META } from './csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe("the offline copy's policy", () => {
  it('allows exactly its own inline script and style, by hash', () => {
    const script = 'console.log("map")';
    const style = 'body{margin:0}';
    const html = `<head><meta http-equiv="Content-Security-Policy" content="${CSP_SINGLE_FILE_META}" /><script type="module" crossorigin>${script}</script><style rel="stylesheet" crossorigin>${style}</style></head>`;
    const pinned = pinInlineCode(html);
    expect(pinned).toContain(`script-src ${sha(script)};`);
    expect(pinned).toContain(`style-src ${sha(style)};`);
    expect(pinned).not.toContain("'unsafe-inline'");
  });

  it('fails the build rather than ship a policy it could not pin', () => {
    expect(() => pinInlineCode('<head><script>x</script></head>')).toThrow(/no "script-src/);
  });
});
