import type { CatalogueStage } from '../../lib/assessment/catalogue';
import type { Rating } from '../../lib/assessment/scoring';

export const RATING_CHOICES: { value: Rating; label: string }[] = [
  { value: 1, label: '1 · Not in place' },
  { value: 2, label: '2 · Partly in place' },
  { value: 3, label: '3 · Fully in place' },
  { value: 'na', label: 'N/A · Does not apply' },
];

export function ratingWords(rating: Rating | undefined): string {
  return rating === undefined ? 'not answered' : RATING_CHOICES.find((c) => c.value === rating)?.label ?? '';
}

/** "3 · Managed" */
export function stageTitle(catalogue: readonly CatalogueStage[], number: number): string {
  const stage = catalogue.find((s) => s.number === number);
  return stage ? `${number} · ${stage.name}` : `${number}`;
}

export const percentText = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
