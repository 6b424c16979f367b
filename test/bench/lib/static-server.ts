/**
 * A small static file server for the bench: serves a build under its base path on 127.0.0.1 the way
 * a typical static host does (gzip for text, the headers from the build's _headers file, 404.html
 * for unknown paths), so transfer sizes and Lighthouse see what readers would get.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../../src/lib/build/csp.ts';
import { fileForPath } from './built-site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
};
/** Types worth compressing; Pagefind's own files (.pf_*, .pagefind) are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** Finds a free port on 127.0.0.1 (so a build can know its SITE_URL before it is served). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
    probe.on('error', reject);
  });
}

export function serve(root: string, base: string, port = 0): Promise<RunningServer> {
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    let file = fileForPath(pathname, root, base);
    let status = 200;
    if (!file && !pathname.endsWith('/') && fileForPath(`${pathname}/`, root, base)) {
      response.writeHead(301, { location: `${pathname}/` });
      response.end();
      return;
    }
    if (!file) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not found');
        return;
      }
    }
    const extension = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
    for (const [name, value] of headersFor(rules, pathname)) headers[name.toLowerCase()] = value;
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let gz = compressed.get(file);
      if (!gz) {
        gz = gzipSync(body);
        compressed.set(file, gz);
      }
      body = gz;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveServer({
        origin: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
