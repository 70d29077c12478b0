import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

/**
 * Serves tests/pages on 127.0.0.1: content scripts do not run on file:// by default, nor on extension pages.
 * Extra routes let a test serve generated pages without writing files.
 */
export function servePages(port = 0, routes: Record<string, () => string> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return res.end(route());
    }
    const file = normalize(join(PAGES, path === '/' ? 'demo.html' : path));
    if (!file.startsWith(PAGES)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${p}` });
    }),
  );
}
