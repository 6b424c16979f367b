/**
 * The spelling word list: every word of the indexed text, most frequent first. Built once per build
 * from the pages' <main>, then used by the search to suggest "did you mean" corrections. Pure.
 */

const MIN_WORD_LENGTH = 4;
const MAX_WORDS = 6000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: "'", lsquo: "'", mdash: ' ', ndash: ' ' };

/** Visible text of an HTML fragment, roughly: scripts, styles, navigation and ignored blocks dropped. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|nav|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(aside|section|div)\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? match;
    });
}

/** Lower-case words of at least four letters, most frequent first (ties alphabetical), capped. */
export function extractVocabulary(htmlFragments: string[]): string[] {
  const counts = new Map<string, number>();
  for (const fragment of htmlFragments) {
    for (const word of htmlToText(fragment).toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (word.length < MIN_WORD_LENGTH) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_WORDS)
    .map(([word]) => word);
}
