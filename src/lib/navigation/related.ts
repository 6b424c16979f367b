/**
 * Related lists stay short: a group shows its first few links and points to the rest, so a box never
 * runs to a column of 28 links. Pure.
 */

/** How many links a related group shows before it points to the full list. */
export const RELATED_CAP = 6;

/** The first `cap` items to show, how many there are in all, and how many are left out. */
export function capped<T>(items: readonly T[], cap = RELATED_CAP): { shown: T[]; total: number; more: number } {
  const shown = items.slice(0, cap);
  return { shown, total: items.length, more: items.length - shown.length };
}
