/**
 * Marks the searched words on a page opened from a search result (the link carries
 * ?highlight=…), then takes the parameter out of the address so a copied link stays clean.
 */
import { findTermRanges, highlightTermsFrom, HIGHLIGHT_PARAM } from '../../lib/search/highlight';

const terms = highlightTermsFrom(location.search);
const main = document.getElementById('main');
if (main && terms.length > 0) {
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, textarea, mark, [data-pagefind-ignore], nav')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges = findTermRanges(text, terms);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let position = 0;
    for (const [start, end] of ranges) {
      if (start > position) fragment.append(text.slice(position, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      position = end;
    }
    if (position < text.length) fragment.append(text.slice(position));
    node.replaceWith(fragment);
  }
}

try {
  const address = new URL(location.href);
  address.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', address.pathname + address.search + address.hash);
} catch {
  // Leaving the parameter in the address is harmless.
}
