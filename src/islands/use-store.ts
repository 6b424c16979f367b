import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/**
 * The islands' one way to read a store: its value, but only after mount. The server render and the
 * hydration render both use `beforeMount`, so stored values never cause a hydration mismatch; the
 * effect then subscribes (which also mounts persistent stores) and the stored value arrives in the
 * next render. An island that needs to know whether it has mounted reads $storageStatus this way:
 * it is 'detached' until the island's effect has called connectStorage().
 */
export function useStoreAfterMount<T>(store: ReadableAtom<T>, beforeMount: T): T {
  const [value, setValue] = useState<{ current: T }>({ current: beforeMount });
  useEffect(() => store.subscribe((next) => setValue({ current: next })), [store]);
  return value.current;
}
