/**
 * "Did you mean": replaces words the site never uses with the closest word it does. The index only
 * matches whole words and their beginnings, so "escalaton" would find nothing. Pure.
 */
import { isStopWord, tokenize } from './query';

export interface Correction {
  from: string;
  to: string;
}

export interface SpellingResult {
  /** The query with corrections applied (words joined by single spaces). */
  text: string;
  corrections: Correction[];
}

/**
 * Corrects each unknown word to the vocabulary word at the smallest edit distance (one edit for
 * short words, two from eight letters on), preferring the more frequent word on a tie. Words the
 * vocabulary knows, words that begin a vocabulary word (the index matches prefixes), protected
 * words (jargon), stop words and words under four letters are left alone.
 */
export function correctSpelling(text: string, vocabulary: readonly string[], protectedWords: ReadonlySet<string> = new Set()): SpellingResult {
  const known = new Set(vocabulary);
  const corrections: Correction[] = [];
  const words = tokenize(text).map((word) => {
    if (word.length < 4 || /\d/.test(word) || isStopWord(word) || known.has(word) || protectedWords.has(word)) return word;
    if (vocabulary.some((entry) => entry.startsWith(word))) return word;
    const best = closestWord(word, vocabulary);
    if (!best) return word;
    corrections.push({ from: word, to: best });
    return best;
  });
  return { text: words.join(' '), corrections };
}

/** The vocabulary word nearest to `word` within its allowed distance, or undefined. */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const allowed = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  // The vocabulary is ordered most frequent first, so the first word at a distance wins ties.
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1 && allowed === 1) break;
    }
  }
  return best;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of neighbours
 * each cost one). Gives up early, returning limit + 1, once every path costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
