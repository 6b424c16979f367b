import { useEffect, useRef, useState } from 'preact/hooks';
import {
  backupFileName,
  byteSize,
  checkBackupFile,
  decodeBackup,
  describeKey,
  encodeBackup,
  formatBytes,
  previewRestore,
  savedDates,
  type BackupError,
  type RestorePreview,
} from '../../lib/data/your-data';
import { url } from '../../lib/paths';
import { $storageStatus, connectStorage, isStorageLost, SAVED_AT_KEY } from '../../stores/persistence';
import { discardUnreadable, replaceStoredItems, storedItems } from '../../stores/data/all-items';
import { recordExport } from '../../stores/data/last-export';
import { STORED_KEYS } from '../../stores/registry';
import { formatDate, takeChosenFiles } from '../browser';
import { downloadText } from '../download';
import { useStoreAfterMount } from '../use-store';

const IMPORT_ERRORS: Record<BackupError, string> = {
  'wrong-type': 'is not a JSON file. Import the file that “Download everything” saved.',
  'too-big': 'is over 10 MB: too big to be a download from this page.',
  empty: 'is empty.',
  'not-text': 'is not text: it looks like an image or another binary file.',
  'invalid-json': 'is not valid JSON: it may be cut short or damaged.',
  'not-a-backup': 'is a JSON file, but not one “Download everything” saved. (An export of the self-evaluation goes back in on the self-evaluation page.)',
  'unknown-version': 'was saved by a newer version of this page, which this one cannot read.',
  'bad-items': 'holds something other than the site’s own items, so none of it is taken.',
};

interface Pending {
  name: string;
  items: Record<string, string>;
  exportedAt: string;
  preview: RestorePreview;
}

type Item = { key: string; value: string };

/** Every key the site keeps in this browser, in words, with Download everything, Import and Delete everything. */
export default function YourData() {
  const storage = useStoreAfterMount($storageStatus, 'detached');
  const [items, setItems] = useState<Item[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [kept, setKept] = useState<boolean | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);

  const refresh = () => setItems(storedItems());
  useEffect(() => {
    connectStorage();
    refresh();
    void navigator.storage?.persisted?.().then(setKept, () => {});
    addEventListener('storage', refresh);
    return () => removeEventListener('storage', refresh);
  }, []);
  useEffect(() => confirmText.current?.focus(), [confirming]);
  useEffect(() => reviewHeading.current?.focus(), [pending]);

  const list = items ?? [];
  const dates = savedDates(list.find((item) => item.key === SAVED_AT_KEY)?.value);
  const total = list.reduce((sum, item) => sum + byteSize(item.value), 0);
  const wordsOf = (key: string) => describeKey(key, STORED_KEYS);
  const say = (text: string) => {
    setError('');
    setStatus(text);
  };

  function downloadEverything() {
    const now = new Date();
    // Recorded first, so the file holds the date of its own export and restores it.
    recordExport(now);
    const everything = storedItems();
    downloadText(backupFileName(now), encodeBackup(everything, now), 'application/json');
    refresh();
    say(`Downloaded ${backupFileName(now)} with ${everything.length} ${everything.length === 1 ? 'item' : 'items'}. It stays on this device until you send it somewhere.`);
  }

  async function chooseFile(event: Event) {
    const [file] = takeChosenFiles(event);
    if (!file) return;
    const refused = checkBackupFile(file.name, file.size);
    const result = refused ? { ok: false as const, error: refused } : decodeBackup(await file.text().catch(() => '\u0000'));
    if (!result.ok) {
      setPending(null);
      setStatus('');
      setError(`“${file.name}” ${IMPORT_ERRORS[result.error]} Nothing was changed.`);
      return;
    }
    const current = Object.fromEntries(storedItems().map(({ key, value }) => [key, value]));
    setError('');
    setPending({ name: file.name, items: result.items, exportedAt: result.exportedAt, preview: previewRestore(current, result.items) });
  }

  function restore() {
    if (!pending) return;
    const ok = replaceStoredItems(pending.items);
    const count = Object.keys(pending.items).length;
    setPending(null);
    refresh();
    if (ok) say(`Restored ${count} ${count === 1 ? 'item' : 'items'} from “${pending.name}”. Pages you open now use them.`);
    else setError('This browser refused to store all of it (storage is blocked or full), so the restore is incomplete.');
  }

  function deleteEverything() {
    const count = storedItems().length;
    replaceStoredItems({});
    setConfirming(false);
    refresh();
    say(`Deleted ${count} ${count === 1 ? 'item' : 'items'}. This site now keeps nothing in this browser.`);
  }

  const keyList = (keys: string[]) => keys.map((key) => wordsOf(key).title).join('; ');

  return (
    <div class="your-data">
      {isStorageLost(storage) && (
        <p class="notice warn">This browser is not letting the site store anything right now, so there is nothing here to see, and nothing can be restored.</p>
      )}
      <section aria-labelledby="kept-heading">
        <h2 id="kept-heading">What this site keeps in this browser</h2>
        {items === null ? (
          <p>Reading this browser’s storage…</p>
        ) : list.length === 0 ? (
          <p>Nothing. This site keeps nothing in this browser right now.</p>
        ) : (
          <>
            <p>
              {list.length} {list.length === 1 ? 'item' : 'items'}, {formatBytes(total)} in all, in this browser’s local storage under keys that
              start with <code>smp:</code>.
              {kept === true && ' The browser has agreed not to clear them to free space.'}
              {kept === false && ' The browser may clear them if space runs low, so keep a download.'}
            </p>
            <div class="table-scroll">
              <table class="data-table">
                <caption>Every item, with what it holds</caption>
                <thead>
                  <tr><th scope="col">Item</th><th scope="col">What it holds</th><th scope="col">Key</th><th scope="col">Size</th><th scope="col">Last changed</th></tr>
                </thead>
                <tbody>
                  {list.map(({ key, value }) => {
                    const words = wordsOf(key);
                    return (
                      <tr key={key}>
                        <th scope="row">{words.page ? <a href={url(words.page)}>{words.title}</a> : words.title}</th>
                        <td>
                          {words.holds}
                          {words.copyOf && (
                            <span class="data-actions">
                              {' '}
                              <button type="button" class="secondary" onClick={() => downloadText(`${key.replace(/[^a-z0-9]+/gi, '-')}.txt`, value, 'text/plain')}>
                                Download<span class="visually-hidden"> {words.title}</span>
                              </button>{' '}
                              <button type="button" class="secondary" onClick={() => { discardUnreadable(key); refresh(); say(`Discarded ${words.title}.`); }}>
                                Discard<span class="visually-hidden"> {words.title}</span>
                              </button>
                            </span>
                          )}
                        </td>
                        <td><code>{key}</code></td>
                        <td>{formatBytes(byteSize(value))}</td>
                        <td>{dates[key] ? formatDate(dates[key]) : 'Not recorded'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="copy-heading">
        <h2 id="copy-heading">Keep a copy, or bring one back</h2>
        <p>
          <strong>Download everything</strong> saves every item above, exactly as stored, in one JSON file. <strong>Import</strong> reads such a
          file, shows what it would change, and then makes this browser hold exactly what the file holds.
        </p>
        <p>
          <button type="button" onClick={downloadEverything} disabled={items === null || list.length === 0}>Download everything</button>{' '}
          <button type="button" class="secondary" onClick={() => fileInput.current?.click()} disabled={items === null}>Import</button>
          <input ref={fileInput} type="file" aria-label="File to import" accept=".json,application/json" hidden onChange={chooseFile} />
        </p>
        {pending && (
          <section class="data-review" aria-labelledby="restore-heading">
            <h3 id="restore-heading" tabIndex={-1} ref={reviewHeading}>Check the restore</h3>
            <p>
              “{pending.name}”{pending.exportedAt && `, downloaded ${formatDate(pending.exportedAt)},`} holds {Object.keys(pending.items).length} items.
              Restoring makes this browser hold exactly those.
            </p>
            <ul>
              {pending.preview.added.length > 0 && <li>Added: {keyList(pending.preview.added)}.</li>}
              {pending.preview.replaced.length > 0 && <li>Replaced by the file’s version: {keyList(pending.preview.replaced)}.</li>}
              {pending.preview.removed.length > 0 && <li>Deleted, because the file does not have them: {keyList(pending.preview.removed)}.</li>}
              {pending.preview.unchanged.length > 0 && <li>Already the same: {pending.preview.unchanged.length} {pending.preview.unchanged.length === 1 ? 'item' : 'items'}.</li>}
            </ul>
            {(pending.preview.replaced.length > 0 || pending.preview.removed.length > 0) && (
              <p>What is here now and not in the file is lost: download everything first if you may want it back.</p>
            )}
            <p>
              <button type="button" onClick={restore}>Restore from the file</button>{' '}
              <button type="button" class="secondary" onClick={() => setPending(null)}>Cancel</button>
            </p>
          </section>
        )}
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete everything</h2>
        <p>Removes every item above from this browser. Nothing is stored anywhere else, so there is no other copy unless you downloaded one.</p>
        {confirming ? (
          <div class="data-confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text" tabIndex={-1} ref={confirmText}>
              Delete all {list.length} {list.length === 1 ? 'item' : 'items'} this site keeps in this browser? This cannot be undone.
            </p>
            <p>
              <button type="button" class="danger" onClick={deleteEverything}>Yes, delete everything</button>{' '}
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>Cancel</button>
            </p>
          </div>
        ) : (
          <p><button type="button" onClick={() => setConfirming(true)} disabled={items === null || list.length === 0}>Delete everything</button></p>
        )}
      </section>

      <p role="status" class="data-status">{status}</p>
      <div role="alert">{error && <p class="notice bad">{error}</p>}</div>
    </div>
  );
}
