import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, CSP_SINGLE_FILE_META } from './csp.ts';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

/** No directive of the policy has any of `banned`, a remote scheme or a wildcard. */
function expectNone(policy: string, banned: string[]) {
  for (const [name, values] of directives(policy)) {
    for (const value of banned) expect(values, name).not.toContain(value);
    expect(
      values.filter((v) => /^https?:|^\*$/.test(v)),
      name,
    ).toEqual([]);
  }
}

describe('Content-Security-Policy', () => {
  it('the site allows no inline script, no eval and nothing from another origin', () => {
    expectNone(CSP_META, ["'unsafe-inline'", "'unsafe-eval'"]);
    expect(CSP_HEADER.endsWith('frame-ancestors *')).toBe(true);
  });

  it('the offline copy allows its own inline code (pinned by hash at build) and a Blob worker, and nothing from any server', () => {
    const policy = directives(CSP_SINGLE_FILE_META);
    expect(policy.get('script-src')).toEqual(["'unsafe-inline'"]);
    expect(policy.get('worker-src')).toContain('blob:');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expectNone(CSP_SINGLE_FILE_META, ["'self'", "'unsafe-eval'"]);
  });
});
