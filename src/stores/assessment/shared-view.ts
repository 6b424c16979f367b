/**
 * Answers opened from a share link, shown read-only next to (never instead of) the person's own,
 * and the score of whatever the page currently shows.
 */
import { atom, computed } from 'nanostores';
import { findShareFragment } from '../../lib/assessment/share-fragment';
import { scoreAssessment, type Rating } from '../../lib/assessment/scoring';
import { $answers, $stages, replaceAnswers } from './answers';
import { notify } from './notice';

export interface SharedView {
  ratings: Record<string, Rating>;
  unknownIds: string[];
}
/** Answers from a share link, shown read-only; null when the person looks at their own. */
export const $sharedView = atom<SharedView | null>(null);

/** Ratings the page currently shows: a shared link's while one is open, otherwise the person's own. */
export const $shownRatings = computed([$answers, $sharedView], (answers, shared) => shared?.ratings ?? answers.ratings);

export const $score = computed([$stages, $shownRatings], (stages, ratings) => scoreAssessment(stages, ratings));

export function closeSharedView(): void {
  $sharedView.set(null);
}

/** What opens a share fragment (./share-open.ts); the page loads it only when an address holds one. */
export interface ShareOpener {
  openShareFragment(fragment: string): boolean;
}

let follows = 0;

/**
 * The page's address changed (or was first read): a share fragment opens the shared view, an
 * address without one (the reader cleared it, or went back) closes it. `load` fetches the opener;
 * it returns undefined (having told the reader) when it can't, and the page stays as it was.
 */
export async function followLocationHash(hash: string, load: () => Promise<ShareOpener | undefined>): Promise<void> {
  const follow = ++follows;
  const fragment = findShareFragment(hash);
  if (!fragment) return closeSharedView();
  const opener = await load();
  // Only the latest address counts, should it have changed while the opener loaded.
  if (opener && follow === follows) opener.openShareFragment(fragment);
}

export function loadSharedIntoMine(): void {
  const shared = $sharedView.get();
  if (!shared) return;
  replaceAnswers({ ratings: { ...shared.ratings }, notes: {} }, 'Before loading a shared link', (kept) => {
    $sharedView.set(null);
    notify('shared-loaded', { kept: kept?.name ?? '' });
  });
}

