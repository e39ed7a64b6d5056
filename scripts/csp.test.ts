import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, CSP_SINGLE_FILE_META } from './csp.ts';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('Content-Security-Policy', () => {
  it('the site allows no inline script, no eval and nothing from another origin', () => {
    for (const [name, values] of directives(CSP_META)) {
      expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.filter((v) => /^https?:|^\*$/.test(v)),
        name,
      ).toEqual([]);
    }
    expect(CSP_HEADER.endsWith('frame-ancestors *')).toBe(true);
  });

  it('the offline copy allows its own inline code and a Blob worker, and nothing from any server', () => {
    const policy = directives(CSP_SINGLE_FILE_META);
    expect(policy.get('script-src')).toEqual(["'unsafe-inline'"]);
    expect(policy.get('worker-src')).toContain('blob:');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      expect(values, name).not.toContain("'self'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.filter((v) => /^https?:|^\*$/.test(v)),
        name,
      ).toEqual([]);
    }
  });
});
