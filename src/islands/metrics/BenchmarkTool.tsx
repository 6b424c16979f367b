import { useEffect, useRef, useState } from 'preact/hooks';
import type { BenchmarkRow, RowFigure } from '../../lib/metrics/benchmark';
import { fieldHint, fieldName as displayName, heldEntry, usableEntry, validateEntry, type Entries } from '../../lib/metrics/benchmark-input';
import { benchmarkCsv } from '../../lib/metrics/benchmark-csv';
import { placeValue, VERDICT_LABELS, verdictsOf, type Verdict } from '../../lib/metrics/placement';
import { CATEGORY_LABELS, CATEGORY_ORDER, formatValue } from '../../lib/metrics/format';
import { $clearedEntries, $entries, clearEntries, removeEntry, setEntry, undoClear } from '../../stores/metrics/benchmark';
import { $storageStatus, connectStorage, isStorageLost } from '../../stores/persistence';
import { useStoreAfterMount } from '../use-store';
import { useFieldTexts } from './use-field-texts';
import { downloadText } from '../download';
import { UnreadableNotice } from '../data/UnreadableNotice';
import type { UnreadableNoticeCopy } from '../data/copy';

const NO_ENTRIES: Entries = {};

/** "typical, meets the target" */
const verdictWords = (verdicts: Verdict[]) => verdicts.map((verdict) => VERDICT_LABELS[verdict].toLowerCase()).join(', ');

function yearText(figure: RowFigure): string {
  return figure.approximateYear ? `about ${figure.year}` : String(figure.year);
}

/** "Customer Support Transformation… (ServiceXRG and TeamSupport), 2020" for each distinct source and year. */
function sourceLine(figures: RowFigure[]): string {
  const seen = new Set<string>();
  for (const figure of figures) {
    const who = figure.publisher ? `${figure.sourceTitle} (${figure.publisher})` : figure.sourceTitle;
    seen.add(`${who}, ${yearText(figure)}`);
  }
  return [...seen].join('; ');
}

/**
 * Fields for every metric with a published figure in its unit; each entry is placed against every
 * figure it can be set against (the others say why not) and kept locally.
 */
export default function BenchmarkTool({ rows, unreadable }: { rows: BenchmarkRow[]; unreadable: UnreadableNoticeCopy }) {
  const entries = useStoreAfterMount($entries, NO_ENTRIES);
  const cleared = useStoreAfterMount($clearedEntries, null);
  const storage = useStoreAfterMount($storageStatus, 'detached');
  // Controls wait until stored figures are in, so nothing typed before then is overwritten.
  const mounted = storage !== 'detached';
  const { drafts, errors, typed, rejected, settled, reset } = useFieldTexts<string>();
  const [status, setStatus] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const focusAfterUndo = useRef(false);

  useEffect(() => connectStorage(), []);
  useEffect(() => {
    if (cleared) undoButton.current?.focus();
    else if (focusAfterUndo.current) {
      focusAfterUndo.current = false;
      clearButton.current?.focus();
    }
  }, [cleared]);

  const entered = rows.filter((row) => usableEntry(row, entries) !== undefined);

  function commit(row: BenchmarkRow, raw: string): void {
    const result = validateEntry(row, raw);
    if (!result.ok) {
      rejected(row.id, result.message);
      setStatus(`Not saved. ${result.message}`);
      return;
    }
    setEntry(row.id, result.value);
    settled(row.id);
    const verdicts = verdictsOf(placeValue(row, result.value));
    setStatus(`Saved ${displayName(row)}: ${formatValue(result.value, row.unit)}${verdicts.length > 0 ? `, ${verdictWords(verdicts)}` : ', not placed'}.`);
  }

  function edit(row: BenchmarkRow, raw: string): void {
    // A shown error clears as soon as the text is fixed; saving still waits for the change event.
    typed(row.id, raw, validateEntry(row, raw).ok);
  }

  function remove(row: BenchmarkRow): void {
    removeEntry(row.id);
    settled(row.id);
    setStatus(`Removed your ${displayName(row)} figure.`);
  }

  function clearAll(): void {
    const count = clearEntries();
    reset();
    setStatus(count === 0 ? 'There is nothing to clear.' : `Cleared ${count} ${count === 1 ? 'figure' : 'figures'}. Undo brings them back.`);
  }

  function undo(): void {
    const count = undoClear();
    focusAfterUndo.current = true;
    setStatus(`Restored ${count} ${count === 1 ? 'figure' : 'figures'}.`);
  }

  function exportCsv(): void {
    if (entered.length === 0) {
      setStatus('Enter at least one figure before downloading.');
      return;
    }
    downloadText('benchmark-yourself.csv', benchmarkCsv(rows, entries), 'text/csv;charset=utf-8');
    setStatus(`Downloaded a CSV file with ${entered.length} ${entered.length === 1 ? 'figure' : 'figures'}.`);
  }

  // Every comparison made, counted by verdict: a figure can be typical and miss a target at once.
  const counts = entered.reduce<Partial<Record<Verdict, number>>>((tally, row) => {
    for (const verdict of verdictsOf(placeValue(row, usableEntry(row, entries) ?? 0))) tally[verdict] = (tally[verdict] ?? 0) + 1;
    return tally;
  }, {});
  const tallyText = (Object.keys(VERDICT_LABELS) as Verdict[])
    .filter((verdict) => counts[verdict])
    .map((verdict) => `${counts[verdict]} ${VERDICT_LABELS[verdict].toLowerCase()}`)
    .join(', ');

  const groups = CATEGORY_ORDER.map((category) => ({ category, rows: rows.filter((row) => row.category === category) })).filter(
    (group) => group.rows.length > 0,
  );

  return (
    <form
      class="benchmark-tool"
      aria-label="Benchmark yourself"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        for (const row of rows) if (drafts[row.id] !== undefined) commit(row, drafts[row.id] ?? '');
      }}
    >
      <div class="bm-toolbar no-print">
        <p class="bm-summary">
          {entered.length === 0
            ? 'No figures entered yet.'
            : `${entered.length} ${entered.length === 1 ? 'figure' : 'figures'} entered${tallyText ? `: ${tallyText}` : ', none placed'}.`}
        </p>
        <p class="bm-actions">
          <button type="button" onClick={exportCsv} disabled={!mounted}>Download CSV</button>{' '}
          <button type="button" class="secondary" ref={clearButton} onClick={clearAll} disabled={!mounted}>Clear all</button>{' '}
          {cleared && (
            <button type="button" class="secondary" ref={undoButton} onClick={undo}>Undo clear</button>
          )}
        </p>
        <p role="status" aria-live="polite" class="bm-status">{status}</p>
        {isStorageLost(storage) && (
          <p class="bm-notice">This browser is not letting the site store data, so your figures won’t be kept after you leave this page.</p>
        )}
        <UnreadableNotice copy={unreadable} />
      </div>

      {groups.map((group) => (
        <div key={group.category} class="bm-group">
          <h2 id={`bm-group-${group.category}`}>{CATEGORY_LABELS[group.category]}</h2>
          {group.rows.map((row) => {
            const value = usableEntry(row, entries);
            const held = heldEntry(row, entries);
            const error = errors[row.id];
            const inputId = `bm-${row.id}`;
            const describedBy = [`${inputId}-hint`, error ? `${inputId}-error` : ''].filter(Boolean).join(' ');
            const placed = value === undefined ? [] : placeValue(row, value).filter(({ placement }) => placement.verdict !== 'not-placed');
            return (
              <div key={row.id} class="bm-row" role="group" aria-labelledby={`${inputId}-label`}>
                <p class="bm-field">
                  <label id={`${inputId}-label`} for={inputId}>{displayName(row)}</label>
                  <span class="bm-input">
                    <input
                      id={inputId}
                      name={row.id}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      size={10}
                      value={drafts[row.id] ?? (value === undefined ? '' : String(value))}
                      disabled={!mounted}
                      aria-invalid={error ? 'true' : undefined}
                      aria-describedby={describedBy}
                      onInput={(event) => edit(row, event.currentTarget.value)}
                      onChange={(event) => commit(row, event.currentTarget.value)}
                    />{' '}
                    <span id={`${inputId}-hint`} class="bm-hint">{fieldHint(row)}</span>
                  </span>
                </p>
                {error && (
                  <p id={`${inputId}-error`} class="bm-error">
                    {error}
                    {value !== undefined && ` Your saved figure, ${formatValue(value, row.unit)}, is kept.`}
                  </p>
                )}
                {held !== undefined && drafts[row.id] === undefined && (
                  <p class="bm-error">A figure stored earlier, {String(held)}, is outside this field’s range ({fieldHint(row)}), so it is kept but not used.</p>
                )}
                <ul class="bm-figures">
                  {row.figures.map((figure, index) => (
                    <li key={index}>
                      <strong>{figure.text}</strong>
                      {figure.note && <span class="bm-note"> — {figure.note}</span>}
                      {figure.notPlacedBecause && <span class="bm-why"> Not used for placing: {figure.notPlacedBecause}</span>}
                    </li>
                  ))}
                </ul>
                <p class="bm-source">Source: {sourceLine(row.figures)}.</p>
                {value !== undefined && (
                  <div class="bm-result">
                    <p>Your figure: {formatValue(value, row.unit)}.{placed.length === 0 && ' Not placed: none of the published figures above is a level it can be set against.'}</p>
                    {placed.length > 0 && (
                      <ul class="bm-placements">
                        {placed.map(({ placement }, index) => (
                          <li key={index}>
                            <strong class="bm-placement">{VERDICT_LABELS[placement.verdict]}</strong> {placement.explanation}
                          </li>
                        ))}
                      </ul>
                    )}
                    <p><strong>What to do:</strong> {row.action}</p>
                  </div>
                )}
                <p class="bm-links">
                  <a href={row.href}>About {row.name}</a>
                  {value !== undefined && (
                    <>
                      {' '}
                      <button type="button" class="secondary bm-remove no-print" onClick={() => remove(row)}>
                        Remove<span class="visually-hidden"> your {row.name} figure</span>
                      </button>
                    </>
                  )}
                </p>
              </div>
            );
          })}
        </div>
      ))}
      <p class="no-print">
        <button type="submit" disabled={!mounted}>Save and compare</button>
      </p>
    </form>
  );
}
