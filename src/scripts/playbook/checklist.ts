/**
 * Enables a checklist rendered by Checklist.astro: ticks go to that list's store (named by the
 * root's data-checklist) and follow it, other tabs included.
 */
import { isChecklistName, setTick, ticksOf } from '../../stores/playbook/checklist';
import { $storageStatus, connectStorage, isStorageLost } from '../../stores/persistence';
import { showUnreadableNotice } from '../data/unreadable-notice';

export function enableChecklist(root: HTMLElement): void {
  const name = root.dataset['checklist'];
  if (!isChecklistName(name)) return;
  connectStorage();
  const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-tick]')];
  const progress = root.querySelector<HTMLElement>('[data-checklist-progress]');
  const storage = root.querySelector<HTMLElement>('[data-checklist-storage]');
  showUnreadableNotice(root);
  for (const box of boxes) {
    box.disabled = false;
    box.addEventListener('change', () => setTick(box.value, box.checked, name));
  }
  ticksOf(name).subscribe((ticks) => {
    const done = new Set(ticks);
    for (const box of boxes) box.checked = done.has(box.value);
    if (progress) progress.textContent = `${boxes.filter((box) => box.checked).length} of ${boxes.length} done`;
  });
  $storageStatus.subscribe((state) => {
    if (storage) storage.textContent = isStorageLost(state) ? 'This browser is not letting the site store data, so ticks will be lost when you leave.' : '';
  });
}
