// A second origin for the embed tests: serves the host pages in e2e/hosts/
// and the real pym.js parent library. Started by Playwright (playwright.config.ts).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';

const PORT = Number(process.env.HOST_PORT ?? 4174);
const HOSTS = new URL('./hosts/', import.meta.url);
const require = createRequire(import.meta.url);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  try {
    const file =
      path === '/pym.js'
        ? require.resolve('pym.js/dist/pym.v1.min.js')
        : join(HOSTS.pathname, path.replace(/^\/+/, '').replace(/\.\./g, '') || 'index.html');
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(PORT, '127.0.0.1');
