/**
 * The self-evaluation's Preact parts, two islands around the server-rendered worksheet (which
 * src/scripts/assessment/worksheet.ts runs without Preact): AssessmentTop above it (messages about
 * stored data, a share link's answers, the toolbar, an import to check) and AssessmentEnd below it
 * (the result, keeping and sharing it, snapshots, messages about an action). The page's script
 * (src/pages/assess/index.astro) starts the stores and the worksheet and mounts both. Exporting,
 * the share link and importing are in ./answer-files.tsx, loaded on the first click that needs them.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyAnswers } from '../../lib/assessment/answers';
import { toStageStatements, type CatalogueStage } from '../../lib/assessment/catalogue';
import { scoreAssessment, type StageStatements } from '../../lib/assessment/scoring';
import { $answers, $migrated, $snapshots, startOver } from '../../stores/assessment/answers';
import { $laterCopy, loadLaterCopy } from '../../stores/assessment/later-copy';
import { $notice, dismissNotice, notify, type Notice, type NoticeCode } from '../../stores/assessment/notice';
import { $score, $sharedView, $shownRatings, closeSharedView, loadSharedIntoMine } from '../../stores/assessment/shared-view';
import { $storageStatus, $unreadable } from '../../stores/persistence';
import { lastExport } from '../../stores/data/last-export';
import { exportReminderDue } from '../../lib/data/export-reminder';
import { UnreadableNotice } from '../data/UnreadableNotice';
import type { AssessCopy } from './copy';
import type { LaterCopy } from './later-copy';
import { copyText, takeChosenFiles } from '../browser';
import { fillPlaceholders as fill } from '../../lib/placeholders';
import { loadOnce, type LoadOnce } from '../../lib/load-once';
import { Results } from './Results';
import { Snapshots } from './Snapshots';
import { useStoreAfterMount } from '../use-store';

const EMPTY = emptyAnswers();

// What only an action needs loads on that action (a first visit carries none of it): importing a
// file, exporting the answers, making a share link.
const files = loadOnce(() => import('./answer-files').then(async (part) => (await loadLaterCopy(), part)));

/** The part, once loaded; when it can't be fetched (offline), the reader is told and gets undefined. */
async function partFor<T>(part: LoadOnce<T>): Promise<T | undefined> {
  try {
    return await part.get();
  } catch {
    notify('part-unavailable', {}, 'error');
    return undefined;
  }
}

/** What opens a share link from the address: ./answer-files.tsx with its sentences; undefined when it cannot load. */
export const loadShareOpener = () => partFor(files);

export interface AssessmentProps {
  catalogue: CatalogueStage[];
  copy: AssessCopy;
  /** Where the guide is fetched from (src/pages/assess/next-steps.json.ts). */
  guideUrl: string;
}

/** Drops the #share=… fragment without adding a history entry or reloading. */
function clearFragment(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/**
 * The sentences a first visit rarely needs (./later-copy.ts), fetched once `needed` turns true.
 * When they can't be fetched, the reader is told (and the need is not retried until it changes).
 */
function useLaterCopy(needed: boolean): LaterCopy | undefined {
  const later = useStoreAfterMount($laterCopy, undefined);
  useEffect(() => {
    if (needed && !later) loadLaterCopy().catch(() => notify('part-unavailable', {}, 'error'));
  }, [needed, later]);
  return later;
}

/** The words of the everyday notices, which come with the page. */
const earlyNotice = (copy: AssessCopy, code: NoticeCode): string | undefined => (copy.notices as Partial<Record<NoticeCode, string>>)[code];

/** The words of a notice, from its code and values; undefined while they are being fetched. */
function noticeText(copy: AssessCopy, later: LaterCopy | undefined, { code, values }: Notice): string | undefined {
  const sentence =
    earlyNotice(copy, code) ??
    (code === 'import-error'
      ? later?.importErrors[values.error as keyof LaterCopy['importErrors']]
      : later?.notices[code as keyof LaterCopy['notices']]);
  return sentence === undefined ? undefined : fill(sentence, values) + (values.kept ? fill(copy.keptAs, values) : '');
}

/** The result of whatever the page shows: the reader's own answers or a share link's. */
function ShownResults({ catalogue, stages, copy, guideUrl }: AssessmentProps & { stages: StageStatements[] }) {
  const score = useStoreAfterMount($score, useMemo(() => scoreAssessment(stages, {}), [stages]));
  const ratings = useStoreAfterMount($shownRatings, EMPTY.ratings);
  return <Results catalogue={catalogue} stages={stages} score={score} ratings={ratings} copy={copy} guideUrl={guideUrl} />;
}

/** Above the worksheet. */
export function AssessmentTop({ catalogue, copy, guideUrl }: AssessmentProps) {
  const stages = useMemo(() => toStageStatements(catalogue), [catalogue]);
  const shared = useStoreAfterMount($sharedView, null);
  const storage = useStoreAfterMount($storageStatus, 'detached');
  const snapshots = useStoreAfterMount($snapshots, []);
  const [reminderSeen, setReminderSeen] = useState(false);
  const migrated = useStoreAfterMount($migrated, false);
  const unreadable = useStoreAfterMount($unreadable, []);
  const reminderDue = !reminderSeen && exportReminderDue(lastExport(), snapshots[0]?.date);
  // The words of these messages and of the shared view are fetched when one is to be shown.
  const later = useLaterCopy(storage === 'blocked' || storage === 'full' || migrated || unreadable.length > 0 || reminderDue || shared !== null);
  const [importer, setImporter] = useState(files.current);
  const fileInput = useRef<HTMLInputElement>(null);

  function chooseFile() {
    fileInput.current?.click();
    // Fetched while the reader picks a file; a failure is reported once a file is chosen.
    files.get().catch(() => undefined);
  }

  async function importFile(event: Event) {
    const [file] = takeChosenFiles(event);
    if (!file) return;
    const part = await partFor(files);
    if (!part) return;
    setImporter(() => part);
    await part.readImportFile(file);
  }

  return (
    <>
      <div class="notices no-print" aria-live="polite">
        {later && storage === 'blocked' && <p class="notice warn">{later.storageBlocked}</p>}
        {later && storage === 'full' && <p class="notice warn">{later.storageFull}</p>}
        {later && migrated && <p class="notice">{later.migrated}</p>}
        {later && <UnreadableNotice copy={later.unreadable} />}
        {later && reminderDue && (
          <p class="notice">
            {later.exportReminder}{' '}
            <button type="button" class="secondary" onClick={() => setReminderSeen(true)}>Not now</button>
          </p>
        )}
      </div>

      {shared && (
        <section class="shared-banner" aria-labelledby="shared-heading">
          <h2 id="shared-heading">Shared answers</h2>
          {later && (
            <p>
              {later.sharedIntro}
              {shared.unknownIds.length > 0 && fill(later.sharedUnknown, { count: shared.unknownIds.length })}
            </p>
          )}
          <p>
            <button type="button" onClick={() => { loadSharedIntoMine(); clearFragment(); }}>Load into my assessment</button>{' '}
            <button type="button" class="secondary" onClick={() => { closeSharedView(); clearFragment(); }}>Back to my answers</button>
          </p>
        </section>
      )}
      {shared && <ShownResults catalogue={catalogue} stages={stages} copy={copy} guideUrl={guideUrl} />}

      {!shared && (
        <div class="toolbar no-print">
          <button type="button" class="secondary" onClick={chooseFile}>Import</button>
          <input ref={fileInput} type="file" aria-label="File to import" accept=".json,application/json" hidden onChange={importFile} />
          <button type="button" class="secondary" onClick={startOver}>Start over</button>
          <a href="#results">Jump to your result</a>
        </div>
      )}
      {importer && !shared && <importer.PendingImport catalogue={catalogue} />}
    </>
  );
}

/** Below the worksheet. */
export function AssessmentEnd({ catalogue, copy, guideUrl }: AssessmentProps) {
  const stages = useMemo(() => toStageStatements(catalogue), [catalogue]);
  const answers = useStoreAfterMount($answers, EMPTY);
  const snapshots = useStoreAfterMount($snapshots, []);
  const shared = useStoreAfterMount($sharedView, null);
  const notice = useStoreAfterMount($notice, null);
  const later = useLaterCopy(notice !== null && earlyNotice(copy, notice.code) === undefined);
  const text = notice ? noticeText(copy, later, notice) : undefined;
  const [shareUrl, setShareUrl] = useState('');

  async function exportAs(kind: 'json' | 'csv') {
    const part = await partFor(files);
    if (part) notify('downloaded', { name: part.downloadAnswers(kind, catalogue, answers, snapshots) });
  }

  async function share() {
    const part = await partFor(files);
    if (!part) return;
    const link = part.shareLink(catalogue, answers);
    setShareUrl(link);
    notify((await copyText(link)) ? 'link-copied' : 'link-shown');
  }

  return (
    <>
      {!shared && <ShownResults catalogue={catalogue} stages={stages} copy={copy} guideUrl={guideUrl} />}

      {!shared && (
        <div class="keep no-print" role="group" aria-label="Keep and share the result">
          <button type="button" onClick={() => exportAs('json')}>Export JSON</button>{' '}
          <button type="button" onClick={() => exportAs('csv')}>Export CSV</button>{' '}
          <button type="button" onClick={share}>Share link</button>{' '}
          <button type="button" onClick={() => print()}>Print</button>
          {shareUrl && (
            <p>
              <label for="share-url">Link to these answers</label>{' '}
              <input id="share-url" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
            </p>
          )}
        </div>
      )}
      {!shared && <Snapshots catalogue={catalogue} stages={stages} answers={answers} snapshots={snapshots} copy={copy} />}
      {/* Messages about an action show at the foot of the window, wherever the button was. */}
      <div class="toasts no-print">
        <div aria-live="polite">
          {notice?.tone === 'info' && text !== undefined && (
            <p class="notice">
              <span>{text}</span>
              {notice.undo && <button type="button" class="secondary" onClick={notice.undo}>Undo</button>}
              <button type="button" class="secondary" onClick={dismissNotice} aria-label="Dismiss message">×</button>
            </p>
          )}
        </div>
        <div role="alert">
          {notice?.tone === 'error' && text !== undefined && (
            <p class="notice bad">
              <span>{text}</span>
              {notice.action && later && <button type="button" class="secondary" onClick={notice.action}>{later.capAction}</button>}
              <button type="button" class="secondary" onClick={dismissNotice} aria-label="Dismiss message">×</button>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
