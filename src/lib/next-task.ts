/**
 * Resolves in a later task, so the browser can paint and answer input between chunks of start-up
 * work: a page that hydrates several islands in one go blocks the main thread for the sum of them.
 * A zero-delay timeout rather than scheduler.yield(): every browser has it, and on /assess/, whose
 * first visit has a 30 KB budget, the feature test would cost more bytes than the ordering gains.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
