/**
 * Asks the site's service worker something over a MessageChannel and hands each reply to `onReply`
 * (a save sends progress, then its result). Resolves with the worker's last reply; rejects when no
 * worker is ready within `timeout` ms, so a page can say offline reading is unavailable.
 */
import type { Reply, Request } from '../../lib/offline/messages';

export async function askWorker(request: Request, onReply: (reply: Reply) => boolean = () => true, timeout = 10_000): Promise<Reply> {
  const container = navigator.serviceWorker;
  if (!container) throw new Error('no service workers in this browser');
  // Pages register the worker a few seconds after they open (register.ts: that script keeps its own
  // copy of the address, since a module shared with this one would leave the inline script); a reader
  // asking sooner need not wait. Registering again returns the registration there is.
  container.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {});
  const ready = await Promise.race([
    container.ready,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no service worker')), timeout)),
  ]);
  const worker = ready.active;
  if (!worker) throw new Error('no active service worker');
  return new Promise<Reply>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Reply>) => {
      // onReply returns true for the reply that ends the exchange.
      if (onReply(event.data)) {
        channel.port1.close();
        resolve(event.data);
      }
    };
    worker.postMessage(request, [channel.port2]);
  });
}
