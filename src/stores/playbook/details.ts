/**
 * "Your details": the names and date that fill every email template on every page. Kept in
 * localStorage under a namespaced, versioned key; decoding validates whatever is stored.
 */
import { persistentAtom } from '@nanostores/persistent';
import { decodeDetails, EMPTY_DETAILS, MAX_DETAIL_LENGTH, type Details, type PlaceholderKey } from '../../lib/playbook/templates';
import { writeSafely } from '../storage';

export const DETAILS_KEY = 'smp:details:v1';

export const $details = persistentAtom<Details>(DETAILS_KEY, EMPTY_DETAILS, {
  encode: JSON.stringify,
  decode(stored) {
    try {
      return decodeDetails(JSON.parse(stored));
    } catch {
      return { ...EMPTY_DETAILS };
    }
  },
});

export function setDetail(key: PlaceholderKey, value: string): void {
  const next = { ...$details.get(), [key]: value.slice(0, MAX_DETAIL_LENGTH) };
  writeSafely(() => $details.set(next));
}

export function clearDetails(): void {
  writeSafely(() => $details.set({ ...EMPTY_DETAILS }));
}
