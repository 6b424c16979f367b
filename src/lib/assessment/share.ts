/**
 * Share links carry the ratings in the URL fragment (after #), which browsers never send to a
 * server. Layout: `#share=<version>.<id>:<rating>,<id>:<rating>….<checksum>`, ratings 1, 2, 3 or n
 * (N/A). The checksum covers version and list, so an edited or cut-off link is refused instead of
 * showing a wrong result. Notes are not included: they stay on the device that wrote them.
 */
import { checksum, STATEMENT_ID } from './answers';
import type { Rating, Ratings } from './scoring';
import { SHARE_PREFIX } from './share-fragment';

export { findShareFragment, SHARE_PREFIX } from './share-fragment';

export const SHARE_VERSION = 1;
const MAX_FRAGMENT = 8000;

export type ShareDecodeResult =
  | { ok: true; ratings: Record<string, Rating>; unknownIds: string[] }
  | { ok: false; reason: 'damaged' | 'version' };

/** The fragment (starting with #) for the given ratings, listing `ids` in order and leaving out unanswered ones. */
export function encodeShareFragment(ids: readonly string[], ratings: Ratings): string {
  const list = ids
    .filter((id) => Object.hasOwn(ratings, id) && STATEMENT_ID.test(id))
    .map((id) => `${id}:${ratings[id] === 'na' ? 'n' : ratings[id]}`)
    .join(',');
  const body = `${SHARE_VERSION}.${list}`;
  return `${SHARE_PREFIX}${body}.${checksum(body)}`;
}

export function decodeShareFragment(fragment: string, knownIds: ReadonlySet<string>): ShareDecodeResult {
  const damaged = { ok: false, reason: 'damaged' } as const;
  if (typeof fragment !== 'string' || !fragment.startsWith(SHARE_PREFIX) || fragment.length > MAX_FRAGMENT) return damaged;
  let body: string;
  try {
    // Some mail and chat programs percent-encode the colons and commas.
    body = decodeURIComponent(fragment.slice(SHARE_PREFIX.length));
  } catch {
    return damaged;
  }
  const match = /^(\d{1,4})\.([^.]*)\.([0-9a-z]{1,8})$/.exec(body);
  if (!match) return /^\d{1,4}\./.test(body) && !body.startsWith(`${SHARE_VERSION}.`) ? { ok: false, reason: 'version' } : damaged;
  const [, version, list = '', sum] = match;
  if (Number(version) !== SHARE_VERSION) return { ok: false, reason: 'version' };
  if (checksum(`${version}.${list}`) !== sum) return damaged;
  const ratings: Record<string, Rating> = {};
  const unknownIds: string[] = [];
  for (const entry of list === '' ? [] : list.split(',')) {
    const pair = /^(s[1-6]-[a-z0-9-]{1,60}):([123n])$/.exec(entry);
    if (!pair) return damaged;
    const [, id = '', code] = pair;
    if (!knownIds.has(id)) {
      unknownIds.push(id);
      continue;
    }
    ratings[id] = code === 'n' ? 'na' : (Number(code) as Rating);
  }
  return { ok: true, ratings, unknownIds };
}
