import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/**
 * A store's value, but only after mount: the server render and the hydration render both use
 * `beforeMount`, so stored answers never cause a hydration mismatch; the effect then subscribes
 * (which also mounts persistent stores) and the stored value arrives in the next render.
 */
export function useStoreAfterMount<T>(store: ReadableAtom<T>, beforeMount: T): T {
  const [value, setValue] = useState<{ current: T }>({ current: beforeMount });
  useEffect(() => store.subscribe((next) => setValue({ current: next })), [store]);
  return value.current;
}
