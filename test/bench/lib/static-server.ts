/**
 * The bench serves each build with the browser tests' static host (test/helpers/static-host.ts):
 * gzip for text, the headers from the build's _headers file, 404.html for unknown paths, so transfer
 * sizes and Lighthouse see what readers would get.
 */
import { createServer } from 'node:http';

export { serveSite as serve, type StaticHost as RunningServer } from '../../helpers/static-host.ts';

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
