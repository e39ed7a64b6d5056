// A small static server for the benchmark: the pages are served the way the
// README's deployment notes ask a CDN to serve them (compressed, with the right
// content types; files under assets/, whose names carry a content hash, cached
// for a year; everything else revalidated by ETag), so bytes on the wire are
// what a reader would download. Files are read and compressed
// once at start-up so that compression never competes with the browser for
// the machine's two cores while a page is being measured.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
]);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Reads every file under `root` into memory, with gzip and brotli copies. */
function loadFiles(root) {
  const files = new Map();
  for (const path of walk(root)) {
    const ext = extname(path);
    const raw = readFileSync(path);
    const entry = {
      type: TYPES[ext] ?? 'application/octet-stream',
      raw,
      etag: `"${createHash('sha1').update(raw).digest('base64url')}"`,
    };
    if (COMPRESSIBLE.has(ext) && raw.length > 256) {
      entry.gzip = gzipSync(raw, { level: 9 });
      entry.br = brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
    }
    files.set('/' + relative(root, path).split(sep).join('/'), entry);
  }
  return files;
}

/** Picks the encoding: `preferred` if the browser accepts it, else gzip, else none. */
function chooseEncoding(accept, entry, preferred) {
  const accepted = new Set(
    String(accept ?? '')
      .split(',')
      .map((part) => part.split(';')[0].trim().toLowerCase()),
  );
  for (const encoding of [preferred, 'gzip']) {
    if (encoding && entry[encoding] && accepted.has(encoding)) return encoding;
  }
  return null;
}

/**
 * Serves `root` on `port` (127.0.0.1). `encoding` is 'gzip' (the default: the
 * issue's byte budget is stated in gzip) or 'br'. Resolves to { url, close }.
 */
export async function serve(root, port, { encoding = 'gzip' } = {}) {
  const files = loadFiles(root);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const entry = files.get(pathname.endsWith('/') ? pathname + 'index.html' : pathname);
    if (!entry) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const chosen = chooseEncoding(request.headers['accept-encoding'], entry, encoding);
    const body = chosen ? entry[chosen] : entry.raw;
    const headers = {
      'content-type': entry.type,
      'cache-control': pathname.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      etag: entry.etag,
      vary: 'accept-encoding',
    };
    if (request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    headers['content-length'] = body.length;
    if (chosen) headers['content-encoding'] = chosen;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Serves on the first free port from `first` up to `last` (the bench keeps to 4300–4399). */
export async function serveOnFreePort(root, first, last = 4399, options = {}) {
  for (let port = first; port <= last; port += 1) {
    try {
      return await serve(root, port, options);
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`No free port between ${first} and ${last}.`);
}

// `node bench/serve.mjs DIR [PORT]` serves one folder, to look at a page by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4300'] = process.argv.slice(2);
  const { url } = await serveOnFreePort(root, Number(port));
  console.log(`serving ${root} at ${url}`);
}
