/**
 * "Your details": the names and date that fill every email template on every page. Kept in
 * localStorage under a namespaced, versioned key; decoding validates whatever is stored.
 */
import { decodeDetails, EMPTY_DETAILS, MAX_DETAIL_LENGTH, type Details, type PlaceholderKey } from '../../lib/playbook/templates';
import { parseJson } from '../../lib/json';
import { persistentAtom } from '../persistence';

export const DETAILS_KEY = 'smp:details:v1';

export const $details = persistentAtom<Details>(DETAILS_KEY, EMPTY_DETAILS, {
  encode: JSON.stringify,
  decode: (stored) => decodeDetails(parseJson(stored)),
});

export function setDetail(key: PlaceholderKey, value: string): void {
  const next = { ...$details.get(), [key]: value.slice(0, MAX_DETAIL_LENGTH) };
  $details.set(next);
}

export function clearDetails(): void {
  $details.set({ ...EMPTY_DETAILS });
}
