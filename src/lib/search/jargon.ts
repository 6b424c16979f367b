/**
 * The jargon list (src/data/jargon.yaml) as a lookup: which spans of a query are known terms, and
 * what else to search for in their place. Pure: the parsed YAML is passed in.
 */
import { singular, tokenize } from './query';

export interface JargonGroup {
  /** Equivalent terms; the first is the one the site uses. Each finds all the others. */
  terms: string[];
  /** Words people type that the site does not use: they find the group, one way. */
  typed: string[];
}

export interface Jargon {
  groups: JargonGroup[];
  /** Normalised phrase ("first contact resolution") → the groups it belongs to, and how. */
  phrases: Map<string, { group: number; typedOnly: boolean }[]>;
  /** The longest phrase, in words: matching never looks further ahead. */
  longest: number;
  /** Every word of every phrase: words the spelling check must never "correct". */
  words: Set<string>;
}

/** A run of query words that matched a jargon phrase. */
export interface JargonMatch {
  /** Index of the first word in the token list, and how many words it covers. */
  start: number;
  length: number;
  /** What the person typed, normalised. */
  phrase: string;
  /** Other terms to search for in its place, best first, without the typed phrase itself. */
  alternatives: string[];
  /** The site's own word for it (first term of the first group). */
  siteTerm: string;
}

/** The key a phrase is matched by: words lower-cased, hyphens as spaces, plural "s" dropped. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map(singular).join(' ');
}

/** Validates the parsed YAML and builds the lookup. Throws with the entry's position on bad data. */
export function parseJargon(data: unknown): Jargon {
  const rawGroups = (data as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(rawGroups)) throw new Error('jargon: expected a top-level "groups" list');
  const groups = rawGroups.map((raw, index): JargonGroup => {
    const where = `jargon: groups[${index}]`;
    const entry = (raw ?? {}) as { terms?: unknown; typed?: unknown };
    const terms = stringList(entry.terms, `${where}.terms`);
    if (terms.length === 0) throw new Error(`${where}.terms must list at least one term`);
    return { terms, typed: entry.typed === undefined ? [] : stringList(entry.typed, `${where}.typed`) };
  });
  const phrases = new Map<string, { group: number; typedOnly: boolean }[]>();
  let longest = 1;
  groups.forEach((group, index) => {
    const add = (phrase: string, typedOnly: boolean) => {
      const key = phraseKey(phrase);
      if (!key) throw new Error(`jargon: groups[${index}] has a term with no letters or digits: "${phrase}"`);
      longest = Math.max(longest, key.split(' ').length);
      const links = phrases.get(key) ?? [];
      if (!links.some((link) => link.group === index)) links.push({ group: index, typedOnly });
      phrases.set(key, links);
    };
    group.terms.forEach((term) => add(term, false));
    group.typed.forEach((term) => add(term, true));
  });
  const words = new Set([...phrases.keys()].flatMap((key) => key.split(' ')));
  return { groups, phrases, longest, words };
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be a list of words`);
  return value.map((item, index) => {
    // YAML reads a bare number or yes/no as non-strings; only words make sense here.
    if (typeof item !== 'string' && typeof item !== 'number') throw new Error(`${where}[${index}] must be a word, not ${JSON.stringify(item)}`);
    const text = String(item).trim();
    if (!text) throw new Error(`${where}[${index}] is empty`);
    return text;
  });
}

/**
 * Finds known phrases among the words, longest first and without overlaps ("first contact
 * resolution" wins over "resolution" alone).
 */
export function findJargon(words: string[], jargon: Jargon): JargonMatch[] {
  const keys = words.map(singular);
  const matches: JargonMatch[] = [];
  let start = 0;
  while (start < keys.length) {
    let found: JargonMatch | undefined;
    for (let length = Math.min(jargon.longest, keys.length - start); length > 0 && !found; length--) {
      const phrase = keys.slice(start, start + length).join(' ');
      const links = jargon.phrases.get(phrase);
      if (links) found = describeMatch(start, length, phrase, links, jargon);
    }
    if (found) {
      matches.push(found);
      start += found.length;
    } else {
      start += 1;
    }
  }
  return matches;
}

function describeMatch(start: number, length: number, phrase: string, links: { group: number }[], jargon: Jargon): JargonMatch {
  const alternatives: string[] = [];
  const seen = new Set([phrase]);
  for (const { group } of links) {
    for (const term of jargon.groups[group]?.terms ?? []) {
      const key = phraseKey(term);
      if (seen.has(key)) continue;
      seen.add(key);
      alternatives.push(term.toLowerCase());
    }
  }
  const firstGroup = jargon.groups[links[0]?.group ?? 0];
  return { start, length, phrase, alternatives, siteTerm: firstGroup?.terms[0] ?? phrase };
}
