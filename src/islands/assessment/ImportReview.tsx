import { useEffect, useRef } from 'preact/hooks';
import type { AssessCopy } from './copy';
import { applyImport, cancelImport, type PendingImport } from '../../stores/assessment/import';
import { fillPlaceholders as fill } from '../../lib/placeholders';
import { ratingWords } from './labels';

interface Props {
  pending: PendingImport;
  textOf: (id: string) => string;
  copy: AssessCopy;
}

/** What an import will change, with Apply and Cancel. Focus moves here so the choice is not missed. */
export function ImportReview({ pending, textOf, copy }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending]);
  const { preview, file, fileName } = pending;
  return (
    <section class="import-review" aria-labelledby="import-review-heading">
      <h2 id="import-review-heading" tabIndex={-1} ref={heading}>Check the import</h2>
      <p>
        {fill(copy.importIntro, { name: fileName, changes: preview.changes.length, notes: preview.notesChanged, snapshots: preview.newSnapshots })}
      </p>
      {file.unknownIds.length > 0 && (
        <p class="warn-text">
          {fill(copy.importUnknown, { count: file.unknownIds.length, ids: file.unknownIds.slice(0, 5).join(', ') + (file.unknownIds.length > 5 ? ', …' : '') })}
        </p>
      )}
      {file.unreadable > 0 && <p class="warn-text">{fill(copy.importUnreadable, { count: file.unreadable })}</p>}
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
      <p>
        <button type="button" onClick={applyImport}>Apply import</button>{' '}
        <button type="button" class="secondary" onClick={cancelImport}>Cancel</button>
      </p>
    </section>
  );
}
