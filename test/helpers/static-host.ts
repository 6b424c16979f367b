/**
 * Serves a built site the way a static host does, for the browser tests: the build's files under its
 * base path, `index.html` for URLs that end in a slash, a redirect to add a missing slash, 404.html
 * with status 404 for anything else, gzip for text when the browser accepts it, and the headers of
 * the build's `_headers` file on every response (read by test/helpers/headers-file.ts, not by the
 * build's code). The browser then enforces the header policy as readers' browsers will on Netlify
 * or Cloudflare Pages.
 *
 *   node test/helpers/static-host.ts     serves OUT_DIR (or dist/) under BASE_PATH on E2E_PORT
 *
 * It reads `_headers` once, at start, and keeps each file's gzip in memory: restart it after a
 * rebuild, or it goes on sending the pages and the CSP of the build it started with.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, fileForPath, siteDir } from './built-site.ts';
import { headersForPath, parseHeaders } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};
/** Types worth compressing; Pagefind's own files (.pf_*, .pagefind) are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

export interface StaticHost {
  origin: string;
  close(): Promise<void>;
}

/** Starts a host for the site in `root` (built for `base`) on 127.0.0.1; port 0 picks a free one. */
export function serveSite(root = siteDir(), base = basePath(), port = 0): Promise<StaticHost> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://host').pathname;
    const headers = headersForPath(rules, pathname);
    let file = fileForPath(pathname, root, base);
    let status = 200;
    if (!file && !pathname.endsWith('/') && fileForPath(`${pathname}/`, root, base)) {
      response.writeHead(301, { ...headers, location: `${pathname}/` }).end();
      return;
    }
    if (!file) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    let body: Buffer = readFileSync(file);
    headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let packed = gzipped.get(file);
      if (!packed) {
        packed = gzipSync(body);
        gzipped.set(file, packed);
      }
      body = packed;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(status, { ...headers, 'content-length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveHost, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveHost({
        origin: `http://127.0.0.1:${actualPort}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.main) {
  const root = siteDir();
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}: run \`npx astro build\` (with the same OUT_DIR and BASE_PATH) first.`);
    process.exit(1);
  }
  const host = await serveSite(root, basePath(), Number(process.env.E2E_PORT ?? 4400));
  console.log(`Serving ${root} at ${host.origin}${basePath()} with its _headers`);
}
