/**
 * Loaded on the first click of "Copy as Markdown": converts the page's content, as it is on screen
 * at that moment (email templates as filled from "Your details"), to Markdown with a link back to
 * the page, and puts it on the clipboard. When the browser refuses the clipboard, the Markdown is
 * shown in a text box, selected, for the reader to copy by hand.
 */
import { htmlToMarkdown, withSourceLink } from '../../lib/markdown/html-to-markdown';

export async function copyPageAsMarkdown(button: HTMLButtonElement): Promise<void> {
  const control = button.closest<HTMLElement>('[data-copy-markdown-control]');
  const content = button.closest('article');
  const status = control?.querySelector<HTMLElement>('[data-copy-markdown-status]');
  const fallback = control?.querySelector<HTMLElement>('[data-copy-markdown-fallback]');
  const box = fallback?.querySelector('textarea');
  if (!control || !content || !status || !fallback || !box) return;

  const pageUrl = `${location.origin}${location.pathname}`;
  const markdown = withSourceLink(htmlToMarkdown(content, { baseUrl: pageUrl }), pageUrl);
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(markdown);
    fallback.hidden = true;
    status.textContent = 'Copied as Markdown';
  } catch {
    box.value = markdown;
    fallback.hidden = false;
    box.focus();
    box.select();
    status.textContent = 'Copying was blocked by this browser. The Markdown is in the box below, selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';
  }
}
