/**
 * The sentences the self-evaluation islands show on load and after everyday actions. They reach the
 * islands as props (in the page's HTML), not in the JavaScript: /assess/ has a budget of 20 KB gzip
 * for all its scripts, and prose is most of what an island would otherwise carry. Sentences a first
 * visit rarely shows (after Export, Share link or Import, a share link's view, messages about
 * stored data) are in ./later-copy.ts and are fetched when one is about to be shown. Placeholders
 * in {braces} are filled in by the island (fillPlaceholders, src/lib/placeholders.ts). Short labels
 * and headings stay in the components.
 */
import type { LaterNoticeCode, NoticeCode } from '../../stores/assessment/notice';
import { unreadableNoticeCopy } from '../data/copy';
import { importErrors } from './import-copy';

const notices: Record<Exclude<NoticeCode, LaterNoticeCode>, string> = {
  'snapshot-saved': 'Saved the snapshot “{name}”.',
  'snapshot-needs-answers': 'Rate at least one statement before saving a snapshot.',
  'snapshot-deleted': 'Deleted the snapshot “{name}”.',
  'snapshot-back': 'The snapshot “{name}” is back.',
  'snapshot-loaded': 'Loaded the snapshot “{name}”.',
  cleared: 'All answers are cleared.',
  'part-unavailable': 'This part of the page could not be loaded, so nothing was done. Check your connection, then try again (reload the page if it still fails).',
};

export const ASSESS_COPY = {
  notices,
  /** Added to a notice when the answers it replaced were kept as a snapshot. */
  keptAs: ' Your previous answers are kept as the snapshot “{kept}”.',
  waitingFirst: 'Rate the {count} {name} statements to see where you stand.',
  waitingRest: 'Rate the {count} remaining {name} statements to see where you stand.',
  waitingLast: 'Rate the last {name} statement to see where you stand.',
  waitingWhy: 'A stage is named only when every statement up to it has an answer, because an open statement could still change it.',
  establishedSoFar: 'Established so far: {stages}.',
  workingThrough: 'Your overall stage is the stage you are working through: the first one whose statements are not all in place yet.',
  earlierEstablished: ' Every stage before it is established.',
  reachedAll: 'Every stage is established, so there is no later stage to work through.',
  basedOnAll: 'Based on all {count} statements.',
  provisional: 'Provisional: based on {answered} of {count} statements. Rating the rest cannot change your stage, but it can change what is ahead of it and your next steps.',
  allSteps: 'All {count} next steps, as a 90-day plan',
  ahead: 'Ahead: {stages} already established. A strength to keep, though it does not lift the overall stage past the gaps before it.',
  chartCaption: 'How much of each stage is in place',
  establishedRule: 'A stage is established when all its statements are answered, at least half are rated, none is rated 1 and the ratings average 2.5 or more.',
  allEstablished: 'Every stage is established. Staying here takes steady work: rate the statements again each quarter and compare snapshots.',
  averageTooLow: "The stage's ratings average below 2.5, the level needed to call it established.",
  tooFewRated: "More than half of this stage's statements are N/A, which leaves too little to go on. Rate the ones that apply even partly.",
  stepsIntro: 'The action for each statement rated 1 or 2 in stage {stage}{next}, most important first, with pages that help.',
  guideLoading: 'Loading the next steps…',
  guideFailed: 'The next steps could not be loaded. Check your connection, then reload the page.',
  stepsNoneYet: 'No statement in stage {stage}{next} is rated 1 or 2 yet. Answer the open statements to see your next steps.',
  stepsNone: 'No statement in stage {stage}{next} is rated 1 or 2. Keep re-rating over time.',
  planQuiet: 'Let the changes settle and see what they did to your case data.',
  planEnd: 'On day 90, rate all statements again, save a snapshot and compare it with today’s.',
  snapshotsIntro: 'A snapshot keeps today’s answers and notes, so you can rate again later and see what moved.',
  trendCaption: 'One point per snapshot, oldest on the left.',
};

export type AssessCopy = typeof ASSESS_COPY;

/** What the team view shows when a file or link can't be used. */
export const TEAM_COPY = {
  importErrors,
  unreadable: unreadableNoticeCopy(),
  notALink: 'Line {line} is not a share link from this self-evaluation.',
  linkDamaged: 'The link on line {line} is incomplete or has been changed.',
  linkVersion: 'The link on line {line} was made by a newer version of this page.',
  noOwnAnswers: 'There are no answers of yours on this device yet.',
  discussUnavailable: 'The discussion could not be loaded. Check your connection, then choose Discuss again.',
};

export type TeamCopy = typeof TEAM_COPY;
