/**
 * Answers opened from a share link, shown read-only next to (never instead of) the person's own,
 * and the score of whatever the page currently shows.
 */
import { atom, computed } from 'nanostores';
import { decodeShareFragment, findShareFragment } from '../../lib/assessment/share';
import { scoreAssessment, type Rating } from '../../lib/assessment/scoring';
import { $answers, $stages, allIds, replaceAnswers } from './answers';
import { dismissNotice, notify } from './notice';

export interface SharedView {
  ratings: Record<string, Rating>;
  unknownIds: string[];
}
/** Answers from a share link, shown read-only; null when the person looks at their own. */
export const $sharedView = atom<SharedView | null>(null);

/** Ratings the page currently shows: a shared link's while one is open, otherwise the person's own. */
export const $shownRatings = computed([$answers, $sharedView], (answers, shared) => shared?.ratings ?? answers.ratings);

export const $score = computed([$stages, $shownRatings], (stages, ratings) => scoreAssessment(stages, ratings));

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

export function closeSharedView(): void {
  $sharedView.set(null);
}

/**
 * The page's address changed (or was first read): a share fragment opens the shared view, an
 * address without one (the reader cleared it, or went back) closes it.
 */
export function followLocationHash(hash: string): void {
  const fragment = findShareFragment(hash);
  if (fragment) openShareFragment(fragment);
  else closeSharedView();
}

export function loadSharedIntoMine(): void {
  const shared = $sharedView.get();
  if (!shared) return;
  replaceAnswers({ ratings: { ...shared.ratings }, notes: {} }, 'Before loading a shared link', (kept) => {
    $sharedView.set(null);
    notify('shared-loaded', { kept: kept?.name ?? '' });
  });
}

