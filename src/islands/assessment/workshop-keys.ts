/**
 * The workshop's keyboard shortcuts, for a facilitator at a projector: listened for on the whole
 * page while a part of the discussion is on screen, never while the facilitator types in a field
 * or holds a modifier (the browser's own shortcuts stay theirs).
 */
import { useLayoutEffect } from 'preact/hooks';

// The same test as the search shortcut's (src/scripts/search/shortcut.ts). Not shared: a module both
// import becomes a chunk of its own, and the content pages' inline script then turns into two
// requests over its 1 KB budget (tried: 999 → 1,122 bytes).
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Focuses `element` unless the reader is typing somewhere (a new statement or the end appeared). */
export function focusUnlessTyping(element: HTMLElement | null): void {
  if (!isTyping(document.activeElement)) element?.focus();
}

/**
 * Calls `onKey` for each key pressed outside a field; when it returns true the key is used up.
 * A layout effect, so the listener of a part that has just appeared is there before the browser
 * handles the next key: with a plain effect (run after paint), a key pressed the moment a statement
 * showed reached neither the old part's listener nor the new one's, and was lost.
 */
export function useShortcuts(onKey: (event: KeyboardEvent) => boolean): void {
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (onKey(event)) event.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  });
}
