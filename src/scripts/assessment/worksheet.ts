/**
 * Brings the server-rendered worksheet (src/components/assessment/Worksheet.astro) to life without
 * Preact: two delegated listeners send ratings and notes to the answers store, and subscriptions
 * keep the radios, notes, counts and the progress bar in step with whatever the page shows (the
 * reader's own answers, another tab's changes, an import, or a share link's answers read-only).
 */
import type { CatalogueStage } from '../../lib/assessment/catalogue';
import { isRating, type Ratings } from '../../lib/assessment/scoring';
import { $answers, rate, writeNote } from '../../stores/assessment/answers';
import { $sharedView, $shownRatings } from '../../stores/assessment/shared-view';

const statementId = (card: Element) => card.id.slice('q-'.length);
const noteId = (area: Element) => area.id.slice('note-'.length);

/** Writes only what changed: each subscription runs once on load, and rewriting the same text still
 * replaces its node, a restyle and, in the status line, a repeated announcement. */
function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** The stages and statements as the worksheet shows them: the catalogue the islands were rendered with. */
export function catalogueOf(root: HTMLElement): CatalogueStage[] {
  return [...root.querySelectorAll<HTMLElement>('.stage-block')].map((block) => ({
    number: Number(block.dataset.stage),
    name: block.dataset.name ?? '',
    href: block.querySelector<HTMLAnchorElement>('[data-stage-page]')?.getAttribute('href') ?? '',
    statements: [...block.querySelectorAll('fieldset.statement')].map((card) => ({
      id: statementId(card),
      text: card.querySelector('legend')?.textContent ?? '',
    })),
  }));
}

export function enableWorksheet(root: HTMLElement): void {
  const cards = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.statement')];
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const notes = [...root.querySelectorAll<HTMLTextAreaElement>('textarea')];
  const blocks = [...root.querySelectorAll<HTMLElement>('.stage-block')];
  const status = root.querySelector<HTMLElement>('[data-progress]');
  const bar = root.querySelector('progress');
  const next = root.querySelector<HTMLButtonElement>('[data-next]');
  let ratings: Ratings = {};
  /** The card the reader last answered or moved into: "Next unanswered" looks on from there. */
  let current = -1;

  root.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
    const value = input.value === 'na' ? 'na' : Number(input.value);
    if (isRating(value)) rate(input.name, value);
  });
  root.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement) writeNote(noteId(event.target), event.target.value);
  });
  root.addEventListener('focusin', (event) => {
    const card = (event.target as Element).closest('fieldset.statement');
    if (card) current = cards.indexOf(card as HTMLFieldSetElement);
  });

  const isAnswered = (card: Element) => ratings[statementId(card)] !== undefined;

  next?.addEventListener('click', () => {
    const order = [...cards.slice(current + 1), ...cards.slice(0, current + 1)];
    const target = order.find((card) => !isAnswered(card));
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.querySelector('input')?.focus({ preventScroll: true });
  });

  $shownRatings.subscribe((shown) => {
    ratings = shown;
    for (const radio of radios) radio.checked = String(shown[radio.name]) === radio.value;
    for (const block of blocks) {
      const count = block.querySelector<HTMLElement>('[data-stage-count]');
      const inBlock = block.querySelectorAll('fieldset.statement');
      const answered = [...inBlock].filter(isAnswered).length;
      if (count) setText(count, `${answered} of ${inBlock.length} answered`);
    }
    const answered = cards.filter(isAnswered).length;
    if (status) setText(status, answered === cards.length ? `All ${cards.length} answered` : `${answered} of ${cards.length} answered`);
    if (bar) bar.value = answered;
    if (next) next.hidden = answered === cards.length;
  });

  $answers.subscribe(({ notes: texts }) => {
    for (const area of notes) {
      const text = texts[noteId(area)] ?? '';
      // The reader may be typing spaces the store does not keep: never rewrite the box in use.
      if (area.value !== text && document.activeElement !== area) area.value = text;
      const summary = area.closest('details')?.querySelector('summary');
      if (summary) setText(summary, text ? 'Note (evidence) · written' : 'Add a note (evidence)');
    }
  });

  // A share link's answers are shown, not edited; notes stay hidden because links don't carry them.
  $sharedView.subscribe((shared) => {
    for (const card of cards) {
      card.disabled = shared !== null;
      const note = card.querySelector<HTMLElement>('.note');
      if (note) note.hidden = shared !== null;
    }
  });
}
