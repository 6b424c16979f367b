/**
 * "Your details": the names and date that fill every email template on every page. Kept in
 * localStorage under a namespaced, versioned key; decoding validates whatever is stored and says
 * when part of it could not be used (the persistence module then keeps the original text).
 */
import { decodeDetails, EMPTY_DETAILS, MAX_DETAIL_LENGTH, PLACEHOLDERS, type Details, type PlaceholderKey } from '../../lib/playbook/templates';
import { parseJsonRecord, unreadable, usable, type Decoded } from '../../lib/json';
import { persistentAtom } from '../persistence';

export const DETAILS_KEY = 'smp:details:v1';

/**
 * Details this site used to store and no longer asks for. The single `date` filled every date slot
 * until each slot got its own placeholder ({kickoffDate}, {nextUpdate}, …); which of them a stored
 * date meant cannot be known, so it is dropped quietly instead of being reported as unreadable.
 */
const RETIRED_DETAILS = new Set(['date']);

/** The stored details; an entry that is not a known detail with a short text counts as left out. */
export function decodeStoredDetails(stored: string): Decoded<Details> {
  const record = parseJsonRecord(stored);
  if (!record) return unreadable({ ...EMPTY_DETAILS });
  const known = new Set<string>(PLACEHOLDERS.map(({ key }) => key));
  const skipped = Object.entries(record).filter(
    ([key, value]) =>
      !RETIRED_DETAILS.has(key) && (!known.has(key) || typeof value !== 'string' || value.length > MAX_DETAIL_LENGTH),
  ).length;
  return usable(decodeDetails(record), skipped);
}

export const $details = persistentAtom<Details>(DETAILS_KEY, EMPTY_DETAILS, {
  encode: JSON.stringify,
  decode: decodeStoredDetails,
});

export function setDetail(key: PlaceholderKey, value: string): void {
  const next = { ...$details.get(), [key]: value.slice(0, MAX_DETAIL_LENGTH) };
  $details.set(next);
}

export function clearDetails(): void {
  $details.set({ ...EMPTY_DETAILS });
}
