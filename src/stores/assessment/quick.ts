/** The quick scorecard: one stage picked per area, kept like the full assessment's answers. */
import { decodeStoredQuick, encodeStoredQuick, STORAGE_KEYS } from '../../lib/assessment/storage';
import { isStageNumber, type QuickArea, type QuickPicks } from '../../lib/assessment/scoring';
import { connectStorage, persistentAtom } from '../persistence';

export const $quickPicks = persistentAtom<QuickPicks>(STORAGE_KEYS.quick, {}, {
  encode: encodeStoredQuick,
  decode: decodeStoredQuick,
});

/** Call once after the island mounted. */
export function startQuickScorecard(getStorage?: () => Storage): void {
  connectStorage(getStorage);
}

export function pickStage(area: QuickArea, stage: number): void {
  if (!isStageNumber(stage)) return;
  $quickPicks.set({ ...$quickPicks.get(), [area]: stage });
}

export function clearPicks(): void {
  $quickPicks.set({});
}
