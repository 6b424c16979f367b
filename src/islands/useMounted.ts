import { useEffect, useState } from 'preact/hooks';

/**
 * False during server rendering and the hydration pass, true after mount. Islands that show stored
 * state render the empty state until then, so the first client render matches the server HTML.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
