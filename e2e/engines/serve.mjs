// The built site for the cross-engine smoke, served as the preview server
// serves it to the Chromium suite (the strict Content-Security-Policy as a
// header, CORS for sandboxed frames), with one addition: every page loads a
// same-origin script first that records uncaught errors, rejected promises
// and policy violations in `window.__smokeErrors`, because WebDriver gives no
// access to a WebKit page's console. Only for tests; never in dist/.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

const RECORDER = `window.__smokeErrors = [];
addEventListener('error', (e) => window.__smokeErrors.push('error: ' + (e.message || (e.target && e.target.src) || e.type)), true);
addEventListener('unhandledrejection', (e) => window.__smokeErrors.push('rejection: ' + (e.reason && e.reason.message || e.reason)));
document.addEventListener('securitypolicyviolation', (e) => window.__smokeErrors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
`;

/** The policy the build wrote for hosts (dist/_headers), so the engines are tested under it. */
function policyOf(root) {
  const headers = readFileSync(join(root, '_headers'), 'utf8');
  const line = /Content-Security-Policy:\s*(.+)/.exec(headers);
  if (!line) throw new Error('dist/_headers has no Content-Security-Policy.');
  return line[1].trim();
}

export function serveSite(root, port) {
  const policy = policyOf(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/__smoke/errors.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'] });
      response.end(RECORDER);
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) path = join(root, 'index.html');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    let body = readFileSync(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      body = Buffer.from(
        body.toString('utf8').replace('<head>', '<head><script src="/__smoke/errors.js"></script>'),
      );
    }
    response.writeHead(200, {
      'content-type': type,
      'content-security-policy': policy,
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => server.close(r)),
      }),
    );
  });
}
