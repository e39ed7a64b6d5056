/**
 * The Content-Security-Policy, in one place: the build writes it into the
 * page as a meta tag and into `dist/_headers` as an HTTP header (for hosts
 * that read that file: Netlify, Cloudflare Pages; see README, "Deploying"),
 * and the preview server that the end-to-end tests use sends it too.
 *
 * - No inline script and no eval; styles only from files (positions come from
 *   a generated stylesheet; scripts set styles through the CSSOM, which CSP allows).
 * - `worker-src 'self' data:`: MapLibre's worker is a same-origin file; in a
 *   frame sandboxed without allow-same-origin (an opaque origin) MapLibre
 *   starts it from a data: URL instead.
 * - `frame-ancestors *` (header only; browsers ignore it in a meta tag): any
 *   site may embed the map.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' data:"],
  // The embed dialog's live preview frames the page itself.
  ['frame-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

const serialise = (directives: [string, string][]) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const CSP_META = serialise(DIRECTIVES);
export const CSP_HEADER = `${CSP_META}; frame-ancestors *`;

/**
 * The offline copy (one HTML file opened from file://) has its script and
 * styles inline; MapLibre's worker starts from a Blob URL. It loads nothing
 * from anywhere: no 'self', no network. 'unsafe-inline' here is a
 * placeholder: the build replaces it with the hashes of the file's one
 * script and one stylesheet (scripts/single-file-plugin.ts), so no other
 * inline code can run.
 */
const SINGLE_FILE_OVERRIDES: Record<string, string> = {
  'script-src': "'unsafe-inline'",
  'style-src': "'unsafe-inline'",
  'img-src': 'data: blob:',
  'connect-src': 'blob: data:',
  'worker-src': 'blob: data:',
  'frame-src': "'none'",
  'manifest-src': "'none'",
};

export const CSP_SINGLE_FILE_META = serialise(
  DIRECTIVES.map(([name, value]) => [name, SINGLE_FILE_OVERRIDES[name] ?? value]),
);

/**
 * dist/_headers: the policy for pages, and CORS for assets (sandboxed frames
 * load them from an opaque origin). `base` is the site's path (SITE_URL's).
 */
/**
 * Static hosts' headers file: the policy and CORS for every file (an embed
 * sandboxed without allow-same-origin loads its scripts cross-origin), and a
 * year-long immutable cache for content-hashed files: the assets and the
 * pinned host script (`pinnedScript`, scripts/host-script.ts).
 */
export const headersFile = (base = '/', pinnedScript?: string) => `${base}*
  Content-Security-Policy: ${CSP_HEADER}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Access-Control-Allow-Origin: *

${base}assets/*
  Cache-Control: public, max-age=31536000, immutable
${
  pinnedScript
    ? `
${base}${pinnedScript}
  Cache-Control: public, max-age=31536000, immutable
`
    : ''
}`;
