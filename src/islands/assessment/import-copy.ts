/**
 * The sentences of importing a file into the self-evaluation: why a file is refused, what an import
 * will change, why entries are left out. Not in the page's props: the page fetches them with the
 * code of importing (./answer-files.tsx, from /assess/import-copy.json), so a first visit does not
 * carry them. The team view words its file errors with the same sentences. Placeholders in
 * {braces}, as in ./copy.ts.
 */
import type { SkipProblem } from '../../lib/assessment/answers';
import type { ImportError } from '../../lib/assessment/import';

export const importErrors: Record<ImportError['code'], string> = {
  'wrong-type': '“{name}” is not a JSON file. Import the JSON export of this self-evaluation (the CSV export is for spreadsheets only).',
  'too-big': '“{name}” is over 1 MB: too big to be an export from this page.',
  empty: '“{name}” is empty.',
  'not-text': '“{name}” is not text: it looks like an image or another binary file.',
  'invalid-json': '“{name}” is not valid JSON: it may be cut short or damaged.',
  'not-an-export': '“{name}” is a JSON file, but not an export from this self-evaluation.',
  'unknown-version': '“{name}” uses export format version {version}, which this page does not know.',
  'no-known-statements': 'None of the statements in “{name}” belong to this self-evaluation.',
  'nothing-to-import': '“{name}” holds no answers, notes or snapshots.',
};

/** Why an entry of an imported file is left out, after the entry's name ("Snapshot “March”, “…”: "). */
const skipReasons: Record<SkipProblem, string> = {
  rating: 'the rating {value} is not 1, 2, 3 or N/A',
  note: 'the note {value} is not text',
  id: 'this is not a statement id',
  unknown: 'this self-evaluation has no such statement',
  ratings: 'the ratings are not a list of statements with their ratings',
  notes: 'the notes are not a list of statements with their notes',
  snapshot: 'an entry of the snapshot list, {value}, is not a snapshot',
  'snapshot-date': 'it has no date that can be read',
  'snapshot-name': 'a snapshot has no name, so it cannot be told apart from the others',
  snapshots: 'the snapshot list is not a list',
};

export const IMPORT_COPY = {
  importErrors,
  importIntro: 'From “{name}”: {changes}, {notes}, and {snapshots}.',
  importKeepsCurrent: 'Your current answers are saved as a snapshot first.',
  importUnchanged: 'The answers, notes and snapshots in “{name}” already match what this browser keeps, so there is nothing to import.',
  /** Sentences that depend on a count: [for 1, for any other number]. */
  importChanges: ['{count} rating changes', '{count} ratings change'] as const,
  importNotes: ['{count} note changes', '{count} notes change'] as const,
  importSnapshots: ['{count} snapshot is added', '{count} snapshots are added'] as const,
  importUnknown: [
    '1 answer is for a statement this self-evaluation does not have, so it is left out:',
    '{count} answers are for statements this self-evaluation does not have, so they are left out:',
  ] as const,
  importSkipped: ['1 entry is left out:', '{count} entries are left out:'] as const,
  inSnapshot: 'Snapshot “{name}”',
  skipReasons,
  importOverCap: [
    'With this import you would keep 1 snapshot more than the {max} this page holds. To import, the oldest, “{first}”, has to be deleted.',
    'With this import you would keep {count} snapshots more than the {max} this page holds. To import, the {count} oldest, from “{first}” to “{last}”, have to be deleted.',
  ] as const,
  importMakeRoom: ['Delete the oldest snapshot and import', 'Delete the {count} oldest snapshots and import'] as const,
};

export type ImportCopy = typeof IMPORT_COPY;
