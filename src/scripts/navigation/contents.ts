/**
 * Marks the section in view in the "On this page" lists (aria-current="true"), on every page that
 * has them. It shares the content pages' 1 KB budget with the search shortcut, so it stays this
 * small; without it the lists still work as plain links.
 */
const links = document.querySelectorAll<HTMLAnchorElement>('.contents a');
let current: string | undefined;

function markSectionInView(): void {
  // Sections come in document order: the current one is the last whose heading is in the top third.
  // A heading not shown (display: none, like /assess/'s result before its script has run) measures
  // 0 from the top; `||` counts it as below the window, not as a section the reader has reached.
  let inView = '';
  for (const link of links) {
    if ((document.getElementById(link.hash.slice(1))?.getBoundingClientRect().top || innerHeight) < innerHeight / 3) inView = link.hash;
  }
  if (inView === current) return;
  current = inView;
  for (const link of links) {
    if (link.hash === inView) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

if (links.length > 0) {
  addEventListener('scroll', markSectionInView, { passive: true });
  markSectionInView();
}
