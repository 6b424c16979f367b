/**
 * Entries related to a page in either direction: those the page names in its own list, and those
 * that name the page in one of their fields. Pages list both, so a link written on one side shows on
 * both. Pure.
 *
 * Why an index: every page of a section asks about the same lists, so scanning a list per page made
 * the render phase grow with the square of the page count (5,000 synthetic pages rendered 1.5× slower
 * per page than 1,000). Each list is indexed once, on first use; a production build hands every page
 * the same cached list (src/data/indexes.ts), so the index is built once per build.
 */

interface Entry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
}

interface ListIndex<T> {
  position: Map<T, number>;
  byId: Map<string, T[]>;
  /** field → slug → the entries whose `field` lists that slug. */
  naming: Map<string, Map<string, T[]>>;
}

/** Adds `entry` to the list under `key` in place (a copy per entry would grow with the square of a popular slug's list). */
function appendTo<T>(lists: Map<string, T[]>, key: string, entry: T): void {
  const list = lists.get(key);
  if (list) list.push(entry);
  else lists.set(key, [entry]);
}

const indexes = new WeakMap<readonly Entry[], ListIndex<Entry>>();

function indexOf<T extends Entry>(entries: readonly T[]): ListIndex<T> {
  let index = indexes.get(entries) as ListIndex<T> | undefined;
  if (!index) {
    index = { position: new Map(), byId: new Map(), naming: new Map() };
    for (const [position, entry] of entries.entries()) {
      index.position.set(entry, position);
      appendTo(index.byId, entry.id, entry);
    }
    indexes.set(entries, index as ListIndex<Entry>);
  }
  return index;
}

function namingIn<T extends Entry>(index: ListIndex<T>, entries: readonly T[], field: string): Map<string, T[]> {
  let bySlug = index.naming.get(field);
  if (!bySlug) {
    bySlug = new Map();
    for (const entry of entries) {
      const value = entry.data[field];
      if (!Array.isArray(value)) continue;
      for (const slug of new Set(value)) {
        if (typeof slug === 'string') appendTo(bySlug, slug, entry);
      }
    }
    index.naming.set(field, bySlug);
  }
  return bySlug;
}

/**
 * The entries of `entries` that `self` names in `ownRefs` or that list `self.id` in their `field`,
 * without `self`, in the order of `entries`.
 */
export function linkedBothWays<T extends Entry>(
  entries: readonly T[],
  self: { id: string; collection: string },
  ownRefs: readonly string[],
  field: string,
): T[] {
  const index = indexOf(entries);
  const related = new Set<T>(namingIn(index, entries, field).get(self.id));
  for (const id of ownRefs) for (const entry of index.byId.get(id) ?? []) related.add(entry);
  return [...related]
    .filter((entry) => !(entry.collection === self.collection && entry.id === self.id))
    .sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0));
}
