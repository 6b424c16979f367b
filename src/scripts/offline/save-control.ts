/**
 * The "Save for offline" control (src/components/OfflineCopy.astro), loaded on its first click by
 * src/scripts/offline/register.ts: shows what a copy takes, saves it with progress, removes it.
 * The work happens in the service worker, so it goes on if the reader opens another page.
 */
import {
  offerText,
  progressText,
  REMOVED_TEXT,
  resultText,
  savedText,
  UNAVAILABLE_TEXT,
  type OfflineStatus,
} from '../../lib/offline/messages';
import { formatBytes } from '../../lib/offline/manifest';
import { askWorker } from './worker-channel';

/** Called on every click in the control (see register.ts): sets it up on the first. */
export function open(control: HTMLElement): void {
  if (control.dataset['offlineOpened']) return;
  control.dataset['offlineOpened'] = 'true';
  const find = (name: string) => control.querySelector<HTMLElement>(`[data-offline-${name}]`);
  const status = find('status');
  const opener = find('open');
  const save = find('save') as HTMLButtonElement | null;
  const remove = find('remove') as HTMLButtonElement | null;
  if (!status || !opener || !save || !remove) return;
  let known: OfflineStatus | undefined;

  const say = (text: string) => {
    status.textContent = text;
  };
  /** Shows the buttons that fit the state: Save (with its size) unless a full copy is stored, Remove once anything is saved. */
  const offer = (state: OfflineStatus, complete: boolean) => {
    known = state;
    opener.hidden = true;
    save.hidden = complete;
    save.textContent = `Save ${formatBytes(state.bytes)} for offline`;
    remove.hidden = !state.saved;
  };
  const unavailable = () => {
    say(UNAVAILABLE_TEXT);
    opener.hidden = true;
  };

  const refresh = async (): Promise<void> => {
    const reply = await askWorker({ type: 'status' });
    if (reply.type !== 'status') return unavailable();
    const complete = reply.saved && reply.pagesStored === reply.pagesTotal;
    offer(reply, complete);
    say(complete ? savedText(reply) : offerText(reply));
    (complete ? remove : save).focus();
  };

  save.addEventListener('click', () => {
    save.disabled = true;
    remove.hidden = true;
    say('Saving…');
    askWorker({ type: 'save' }, (reply) => {
      if (reply.type === 'progress') say(progressText(reply));
      return reply.type !== 'progress';
    }).then(
      (reply) => {
        save.disabled = false;
        if (reply.type !== 'saved' || !known) return unavailable();
        const complete = !reply.quotaRefused && reply.failed.length === 0;
        offer({ ...known, saved: true }, complete);
        say(resultText(reply, known.bytes));
        (complete ? remove : save).focus();
      },
      unavailable,
    );
  });

  remove.addEventListener('click', () => {
    askWorker({ type: 'remove' }).then(() => {
      if (known) offer({ ...known, saved: false }, false);
      say(REMOVED_TEXT);
      save.focus();
    }, unavailable);
  });

  say('Checking what an offline copy takes…');
  refresh().catch(unavailable);
}
