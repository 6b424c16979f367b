import { $unreadable } from '../../stores/persistence';
import { useStoreAfterMount } from '../use-store';
import type { UnreadableNoticeCopy } from './copy';

/**
 * Shown by every island whose stores found stored text they could not fully read, on every load
 * while the copy is kept. The decision (download, discard) is made on the Your data page, so this
 * stays a sentence and a link; its words come as props (src/islands/data/copy.ts).
 */
export function UnreadableNotice({ copy }: { copy: UnreadableNoticeCopy }) {
  const copies = useStoreAfterMount($unreadable, []);
  return copies.length > 0 ? (
    <p class="notice warn unreadable-notice">
      {copy.text} <a href={copy.href}>{copy.link}</a>.
    </p>
  ) : null;
}
