/**
 * What each key the site keeps in a reader's browser holds, in words. The "Your data" page lists
 * every `smp:` key with these, so a reader can check the privacy claim for themselves. Every key a
 * store is made with, and every key written directly, must be here: test/unit/stores/registry.test.ts
 * imports every store and reads the source for `smp:` keys, and fails on one that is missing.
 * Plain data: the page that lists keys loads this, not the stores.
 */
export interface StoredKeyInfo {
  key: string;
  /** A few words: what the item is. */
  title: string;
  /** What exactly it holds, for a reader deciding whether to keep it. */
  holds: string;
  /** Site-relative path of the page that uses it. */
  page?: string;
}

export const STORED_KEYS: readonly StoredKeyInfo[] = [
  {
    key: 'smp:assess:answers:v2',
    title: 'Self-evaluation answers',
    holds: 'Your rating (1, 2, 3 or N/A) and your note for each statement you answered.',
    page: '/assess/',
  },
  {
    key: 'smp:assess:snapshots:v2',
    title: 'Self-evaluation snapshots',
    holds: 'Every snapshot you saved: its name, when you saved it, and the ratings and notes it kept.',
    page: '/assess/',
  },
  {
    key: 'smp:assess:answers:v1',
    title: 'Self-evaluation answers in an older format',
    holds: 'Ratings saved by an earlier version of the self-evaluation. Opening the self-evaluation carries them over and removes this item.',
    page: '/assess/',
  },
  {
    key: 'smp:assess:workshop:v1',
    title: 'Saved team workshop',
    holds: 'A team discussion you chose to save: each participant’s name, ratings and notes, the order of the statements, where you were, and the agreed ratings and notes.',
    page: '/assess/team/',
  },
  {
    key: 'smp:assess:workshop-tab:v1',
    title: 'Team workshop in this tab',
    holds: 'The team discussion in progress, kept in the tab’s session storage so a reload keeps it; the browser deletes it when the tab closes.',
    page: '/assess/team/',
  },
  { key: 'smp:assess:quick:v1', title: 'Quick scorecard picks', holds: 'The stage you picked for each of the five areas.', page: '/assess/quick/' },
  {
    key: 'smp:details:v1',
    title: 'Your details for email templates',
    holds: 'What you typed under “Your details” on a play (customer, contact, your name, product, date) to fill the templates.',
    page: '/playbook/',
  },
  { key: 'smp:start-here:v1', title: 'Start-here checklist', holds: 'Which items of the new CSM’s checklist you ticked.', page: '/playbook/start-here/' },
  {
    key: 'smp:imperatives:v1',
    title: 'Support imperatives checklist',
    holds: 'Which of the ten support imperatives you ticked.',
    page: '/practices/support-imperatives/',
  },
  { key: 'smp:benchmark:v1', title: 'Benchmark figures', holds: 'The figure you entered for each metric on Benchmark yourself.', page: '/metrics/benchmark/' },
  { key: 'smp:forecast:v1', title: 'Forecast figures', holds: 'The figures you entered in the support demand forecast.', page: '/metrics/forecast/' },
  {
    key: 'smp:last-export:v1',
    title: 'Date of your last export',
    holds: 'When you last exported the self-evaluation as JSON or downloaded everything here, so the self-evaluation knows when to remind you.',
  },
  { key: 'smp:saved-at:v1', title: 'Dates of change', holds: 'When each of the other items last changed: the dates in this table.' },
  {
    key: 'smp:probe',
    title: 'Storage check',
    holds: 'A value each page writes and removes at once to learn whether the browser lets it store anything. It stays only if a page closed at that very moment.',
  },
];
