/**
 * The "Copy as Markdown" button's only code before a click: it shows the button (hidden without
 * JavaScript, so no dead control) and loads the converter when it is pressed. It rides in the
 * content pages' one inline script, whose budget is 1 KB gzip, so it stays this small.
 */
import copyModule from './copy-page.ts?lazy-url';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-markdown]')) {
  button.hidden = false;
  button.addEventListener('click', () =>
    import(/* @vite-ignore */ copyModule).then(
      (copy: typeof import('./copy-page')) => copy.copyPageAsMarkdown(button),
      () => {
        // Offline after the page loaded: say so beside the button instead of doing nothing.
        const status = button.nextElementSibling;
        if (status) status.textContent = 'Copy as Markdown could not load: check your connection, then try again.';
      },
    ),
  );
}
