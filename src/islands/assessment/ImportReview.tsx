import { useEffect, useRef } from 'preact/hooks';
import { SNAPSHOTS_MAX, type Skipped } from '../../lib/assessment/answers';
import type { ImportCopy } from './import-copy';
import { applyImport, cancelImport, type PendingImport } from '../../stores/assessment/import';
import { fillPlaceholders as fill } from '../../lib/placeholders';
import { ratingWords } from './labels';

interface Props {
  pending: PendingImport;
  textOf: (id: string) => string;
  copy: ImportCopy;
}

/** "1 rating changes" / "3 ratings change": the sentence for `count`, from a [one, many] pair. */
const counted = (count: number, [one, many]: readonly [string, string]) => fill(count === 1 ? one : many, { count });

/**
 * What an import will change, with Apply and Cancel. It names every entry it leaves out and why,
 * offers nothing to apply when nothing would change, and at the snapshot cap waits for the reader
 * to agree to delete the oldest ones it names. Focus moves here so the choice is not missed.
 */
export function ImportReview({ pending, textOf, copy }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending]);
  const { preview, file, fileName } = pending;
  const where = (entry: Skipped) => {
    const statement = entry.id === undefined ? '' : entry.problem === 'id' ? `“${entry.id}”` : `“${textOf(entry.id)}”`;
    return entry.snapshot === undefined ? statement : fill(copy.inSnapshot, { name: entry.snapshot }) + (statement && `, ${statement}`);
  };
  return (
    <section class="import-review" aria-labelledby="import-review-heading">
      <h2 id="import-review-heading" tabIndex={-1} ref={heading}>Check the import</h2>
      {preview.unchanged ? (
        <>
          <p>{fill(copy.importUnchanged, { name: fileName })}</p>
          <p><button type="button" onClick={cancelImport}>Close</button></p>
        </>
      ) : (
        <>
          <p>
            {fill(copy.importIntro, {
              name: fileName,
              changes: counted(preview.changes.length, copy.importChanges),
              notes: counted(preview.notesChanged, copy.importNotes),
              snapshots: counted(preview.newSnapshots, copy.importSnapshots),
            })}
            {preview.keepsCurrent && ` ${copy.importKeepsCurrent}`}
          </p>
          {file.unknownIds.length > 0 && (
            <p class="warn-text">
              {counted(file.unknownIds.length, copy.importUnknown)} {file.unknownIds.slice(0, 5).join(', ') + (file.unknownIds.length > 5 ? ', …' : '')}
            </p>
          )}
          {file.skipped.length > 0 && (
            <div class="warn-text">
              <p>{counted(file.skipped.length, copy.importSkipped)}</p>
              <ul>
                {file.skipped.map((entry, index) => (
                  <li key={index}>
                    {where(entry)}
                    {where(entry) && ': '}
                    {fill(copy.skipReasons[entry.problem], { value: entry.value ?? '' })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.changes.length > 0 && (
            <details>
              <summary>Show the rating changes</summary>
              <ul>
                {preview.changes.map((change) => (
                  <li key={change.id}>{textOf(change.id)}: {ratingWords(change.from)} → {ratingWords(change.to)}</li>
                ))}
              </ul>
            </details>
          )}
          {preview.overCap > 0 ? (
            <>
              <p class="warn-text">
                {fill(counted(preview.overCap, copy.importOverCap), { max: SNAPSHOTS_MAX, first: preview.removed[0]?.name ?? '', last: preview.removed.at(-1)?.name ?? '' })}
              </p>
              <p>
                <button type="button" onClick={() => applyImport({ removeOldest: true })}>{counted(preview.overCap, copy.importMakeRoom)}</button>{' '}
                <button type="button" class="secondary" onClick={cancelImport}>Cancel</button>
              </p>
            </>
          ) : (
            <p>
              <button type="button" onClick={() => applyImport()}>Apply import</button>{' '}
              <button type="button" class="secondary" onClick={cancelImport}>Cancel</button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
