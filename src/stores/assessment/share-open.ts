/**
 * Opening a share link's answers with the decoder and its checks. The page loads it (with the other
 * code that moves answers in or out, src/islands/assessment/answer-files.tsx) only when its address
 * holds a #share= fragment (./shared-view.ts, followLocationHash), so a first visit carries none of it.
 */
import { decodeShareFragment } from '../../lib/assessment/share';
import { allIds } from './answers';
import { dismissNotice, notify } from './notice';
import { $sharedView } from './shared-view';

/** Opens a share-link fragment read-only. Returns false (and says why) when the link can't be used. */
export function openShareFragment(fragment: string): boolean {
  const result = decodeShareFragment(fragment, new Set(allIds()));
  if (!result.ok) {
    $sharedView.set(null);
    notify(result.reason === 'version' ? 'share-version' : 'share-damaged', {}, 'error');
    return false;
  }
  $sharedView.set({ ratings: result.ratings, unknownIds: result.unknownIds });
  dismissNotice();
  return true;
}
