/**
 * The self-evaluation's sentences that a first visit rarely needs (src/islands/assessment/
 * later-copy.ts), fetched from /assess/later-copy.json the first time one is about to be shown: a
 * GET of one of the site's own static files, which sends nothing about the answers. A failed fetch
 * is forgotten, so the next need tries again; the caller tells the reader.
 */
import { atom } from 'nanostores';
import type { LaterCopy } from '../../islands/assessment/later-copy';
import { isRecord } from '../../lib/assessment/answers';
import { loadOnce } from '../../lib/load-once';
import { url } from '../../lib/paths';

/** The sentences once fetched; undefined before. */
export const $laterCopy = atom<LaterCopy | undefined>(undefined);

const copy = loadOnce(async () => {
  const response = await fetch(url('/assess/later-copy.json'));
  const loaded: unknown = response.ok ? await response.json() : undefined;
  if (!isRecord(loaded) || !isRecord(loaded.notices) || !isRecord(loaded.importErrors)) throw new Error('The later sentences could not be read.');
  $laterCopy.set(loaded as unknown as LaterCopy);
});

/** Resolves once the sentences are here; rejects when they could not be fetched. */
export const loadLaterCopy = (): Promise<void> => copy.get();
