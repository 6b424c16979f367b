/**
 * Brings "Your details" and the email templates on a page to life: fields write to the $details
 * store, and every template re-fills from it, including changes made in another tab. Text is only
 * ever set through textContent, so a value is shown as typed and never parsed as HTML.
 */
import { $details, clearDetails, setDetail } from '../../stores/playbook/details';
import { $storageStatus, connectStorage, isStorageLost } from '../../stores/persistence';
import { fillTemplate, mailtoHref, type Details, type PlaceholderKey } from '../../lib/playbook/templates';
import { showUnreadableNotice } from '../data/unreadable-notice';

export function personalise(root: HTMLElement): void {
  connectStorage();
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-detail]')];
  const templates = [...root.querySelectorAll<HTMLElement>('[data-email-template]')];
  const status = root.querySelector<HTMLElement>('[data-details-status]');
  const clear = root.querySelector<HTMLButtonElement>('[data-clear-details]');

  for (const input of inputs) {
    input.disabled = false;
    input.addEventListener('input', () => setDetail(input.dataset['detail'] as PlaceholderKey, input.value));
  }
  if (clear) {
    clear.disabled = false;
    clear.addEventListener('click', clearDetails);
  }
  for (const template of templates) enableCopy(template);
  showUnreadableNotice(root.querySelector<HTMLElement>('[data-your-details]') ?? root);

  $details.subscribe((details) => {
    for (const input of inputs) {
      const value = details[input.dataset['detail'] as PlaceholderKey];
      // Don't rewrite the field being typed in: that would move the caret.
      if (document.activeElement !== input && input.value !== value) input.value = value;
    }
    for (const template of templates) fill(template, details);
  });
  $storageStatus.subscribe((state) => {
    if (status) status.textContent = isStorageLost(state) ? 'This browser is not letting the site store data, so your details apply on this page only.' : '';
  });
}

function fill(template: HTMLElement, details: Details): void {
  const subject = fillTemplate(template.dataset['subject'] ?? '', details);
  const body = fillTemplate(template.dataset['body'] ?? '', details);
  const subjectText = template.querySelector('[data-email-subject]');
  const bodyText = template.querySelector('[data-email-body]');
  const mailto = template.querySelector<HTMLAnchorElement>('[data-mailto]');
  if (subjectText) subjectText.textContent = subject;
  if (bodyText) bodyText.textContent = body;
  if (mailto) mailto.href = mailtoHref(subject, body);
}

/** Each Copy button copies the text it names (the subject or the body) and reports beside itself. */
function enableCopy(template: HTMLElement): void {
  for (const group of template.querySelectorAll<HTMLElement>('[data-copy-group]')) {
    const button = group.querySelector<HTMLButtonElement>('[data-copy]');
    const status = group.querySelector<HTMLElement>('[data-copy-status]');
    const text = button && document.getElementById(button.dataset['copy'] ?? '');
    if (!button || !status || !text) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(text.textContent ?? '');
        status.textContent = 'Copied';
      } catch {
        // Clipboard refused (permission, insecure context): select the text so the reader can copy it.
        const selection = window.getSelection();
        const range = document.createRange();
        range.selectNodeContents(text);
        selection?.removeAllRanges();
        selection?.addRange(range);
        status.textContent = 'Copying was blocked. The text is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';
      }
    });
  }
}
