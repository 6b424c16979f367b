/**
 * A part of a page loaded on the reader's action (a dynamic import()), fetched once and shared by
 * every caller. A failed load (offline, say) is forgotten, so the next click tries again instead
 * of repeating the failure; the caller tells the reader. `current()` is the loaded value, for code
 * that runs only after the part has loaded once.
 */
export interface LoadOnce<T> {
  get(): Promise<T>;
  current(): T | undefined;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    get() {
      pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => value,
  };
}
