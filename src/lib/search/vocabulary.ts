/**
 * The spelling word list: every word of the indexed text, most frequent first. Built once per build
 * from the text Pagefind indexed (each page's record, so navigation and ignored blocks are already
 * out) and split by first letter, so a search fetches only the few small chunks its words need (most
 * misspellings keep the first letter). Pure.
 */

const MIN_WORD_LENGTH = 4;
const MAX_WORDS = 20000;

/** Lower-case words of at least four letters in the given texts, most frequent first (ties alphabetical), capped. */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (word.length < MIN_WORD_LENGTH) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_WORDS)
    .map(([word]) => word);
}

/** Every chunk name: the letters a to z, and "other" for words starting with anything else. */
export const VOCABULARY_CHUNKS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz', 'other'];

/** Which chunk a word's spelling neighbours live in: its first letter, or "other". */
export function vocabularyChunk(word: string): string {
  const initial = word.charAt(0).toLowerCase();
  return /^[a-z]$/.test(initial) ? initial : 'other';
}

/**
 * The word list split into chunks by vocabularyChunk, each keeping the frequency order. Every chunk
 * name is present, empty or not, so the browser never asks for a file that does not exist.
 */
export function chunkVocabulary(words: readonly string[]): Map<string, string[]> {
  const chunks = new Map<string, string[]>(VOCABULARY_CHUNKS.map((key) => [key, []]));
  for (const word of words) {
    const key = vocabularyChunk(word);
    const chunk = chunks.get(key) ?? [];
    chunk.push(word);
    chunks.set(key, chunk);
  }
  return chunks;
}

/**
 * The words of every chunk the given words need, fetched through `readChunk` (which returns []
 * for a chunk that does not exist). Chunks keep their frequency order, one after another.
 */
export async function vocabularyFor(words: readonly string[], readChunk: (key: string) => Promise<readonly string[]>): Promise<string[]> {
  const keys = [...new Set(words.filter((word) => word.length >= MIN_WORD_LENGTH).map(vocabularyChunk))];
  const chunks = await Promise.all(keys.map(readChunk));
  return chunks.flat();
}
