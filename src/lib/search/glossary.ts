/**
 * The glossary (src/data/glossary.yaml) joined to the jargon groups: each term with its definition,
 * the page that explains it, the other words readers use for it (from jargon.yaml) and the related
 * or opposite ideas to look at next. Pure: the parsed YAML and the jargon lookup are passed in.
 *
 * Synonyms live in jargon.yaml and widen searches; relations live here and are only links. Keeping
 * them apart is the point, so a relation that names one of the entry's own synonyms is an error.
 */
import { phraseKey, type Jargon } from './jargon';

/** Collections whose pages a glossary entry may point to, by the first segment of their path. */
export const GLOSSARY_PAGE_SECTIONS = ['metrics', 'practices', 'playbook', 'stages'] as const;
export type GlossaryPageSection = (typeof GLOSSARY_PAGE_SECTIONS)[number];

export interface GlossaryLink {
  term: string;
  /** The entry's anchor on /glossary/. */
  id: string;
}

export interface GlossaryEntry {
  term: string;
  id: string;
  definition: string;
  /** Site path of the page that explains the term, e.g. "/metrics/churn/". */
  page: string;
  /** The collection and slug behind `page`. */
  pageRef: { section: GlossaryPageSection; slug: string };
  /** Other words readers use for the same thing: the group's other terms, then what people type. */
  alsoCalled: string[];
  /** Related ideas, both ways: listed here or listing this entry. */
  seeAlso: GlossaryLink[];
  /** Opposite ideas, both ways. */
  opposite: GlossaryLink[];
}

/** The anchor for a term: "first contact resolution" → "first-contact-resolution". */
export function glossaryId(term: string): string {
  return term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** "/metrics/churn/" → { section: "metrics", slug: "churn" }; anything else is undefined. */
export function parsePageLink(page: string): GlossaryEntry['pageRef'] | undefined {
  const match = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(page);
  const section = match?.[1];
  const slug = match?.[2];
  if (!section || !slug || !(GLOSSARY_PAGE_SECTIONS as readonly string[]).includes(section)) return undefined;
  return { section: section as GlossaryPageSection, slug };
}

interface RawEntry {
  term: string;
  definition: string;
  page: string;
  seeAlso: string[];
  opposite: string[];
}

/**
 * Validates the parsed YAML against the jargon groups and builds the entries, sorted by term.
 * Throws naming the entry and field on: a missing or empty field, a definition that is not one
 * sentence ending in a full stop, a page outside the four sections, a term that starts no jargon
 * group (or a group with no entry), an unknown related term, or a relation to a synonym.
 */
export function parseGlossary(data: unknown, jargon: Jargon): GlossaryEntry[] {
  const rawTerms = (data as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(rawTerms)) throw new Error('glossary: expected a top-level "terms" list');
  const raws = rawTerms.map((raw, index) => readEntry(raw, `glossary: terms[${index}]`));

  // Each entry names a jargon group by its first term; every group needs exactly one entry.
  const groupOf = new Map<string, number>();
  jargon.groups.forEach((group, index) => groupOf.set(phraseKey(group.terms[0] ?? ''), index));
  const entryByKey = new Map<string, RawEntry>();
  raws.forEach((raw, index) => {
    const key = phraseKey(raw.term);
    if (!groupOf.has(key)) throw new Error(`glossary: terms[${index}].term "${raw.term}" is not the first term of any group in jargon.yaml`);
    if (entryByKey.has(key)) throw new Error(`glossary: terms[${index}].term "${raw.term}" has two entries`);
    entryByKey.set(key, raw);
  });
  jargon.groups.forEach((group, index) => {
    if (!entryByKey.has(phraseKey(group.terms[0] ?? ''))) {
      throw new Error(`glossary: no entry for "${group.terms[0]}" (jargon.yaml groups[${index}]); add its definition and page`);
    }
  });

  // Words of each group, so a relation can be checked against the entry's own synonyms.
  const wordsOfGroup = (index: number) => new Set([...(jargon.groups[index]?.terms ?? []), ...(jargon.groups[index]?.typed ?? [])].map(phraseKey));
  const related = new Map<string, { seeAlso: Set<string>; opposite: Set<string> }>();
  for (const key of entryByKey.keys()) related.set(key, { seeAlso: new Set(), opposite: new Set() });
  raws.forEach((raw, index) => {
    const key = phraseKey(raw.term);
    const ownWords = wordsOfGroup(groupOf.get(key) ?? -1);
    for (const field of ['seeAlso', 'opposite'] as const) {
      raw[field].forEach((other, position) => {
        const where = `glossary: terms[${index}].${field}[${position}]`;
        const otherKey = phraseKey(other);
        if (ownWords.has(otherKey)) throw new Error(`${where} "${other}" is a synonym of "${raw.term}" in jargon.yaml; a word cannot be both`);
        if (!entryByKey.has(otherKey)) throw new Error(`${where} "${other}" is not a glossary term`);
        const otherWords = wordsOfGroup(groupOf.get(otherKey) ?? -1);
        if (otherWords.has(key)) throw new Error(`${where} "${other}" lists "${raw.term}" among its own words in jargon.yaml`);
        related.get(key)?.[field].add(otherKey);
        related.get(otherKey)?.[field].add(key);
      });
    }
  });

  const link = (key: string): GlossaryLink => {
    const term = entryByKey.get(key)?.term ?? key;
    return { term, id: glossaryId(term) };
  };
  const byTerm = (a: GlossaryLink, b: GlossaryLink) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });
  const entries = raws.map((raw, index): GlossaryEntry => {
    const key = phraseKey(raw.term);
    const group = jargon.groups[groupOf.get(key) ?? -1];
    const relations = related.get(key) ?? { seeAlso: new Set<string>(), opposite: new Set<string>() };
    const both = [...relations.seeAlso].find((other) => relations.opposite.has(other));
    if (both) throw new Error(`glossary: terms[${index}] "${raw.term}" has "${link(both).term}" as both see also and opposite`);
    const pageRef = parsePageLink(raw.page);
    if (!pageRef) throw new Error(`glossary: terms[${index}].page "${raw.page}" must look like /metrics/<slug>/, /practices/<slug>/, /playbook/<slug>/ or /stages/<slug>/`);
    return {
      term: raw.term,
      id: glossaryId(raw.term),
      definition: raw.definition,
      page: raw.page,
      pageRef,
      alsoCalled: [...(group?.terms.slice(1) ?? []), ...(group?.typed ?? [])],
      seeAlso: [...relations.seeAlso].map(link).sort(byTerm),
      opposite: [...relations.opposite].map(link).sort(byTerm),
    };
  });
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

function readEntry(raw: unknown, where: string): RawEntry {
  const entry = (raw ?? {}) as Record<string, unknown>;
  const text = (field: string): string => {
    const value = entry[field];
    if (typeof value !== 'string' || !value.trim()) throw new Error(`${where}.${field} must be a non-empty text`);
    return value.trim();
  };
  const list = (field: string): string[] => {
    const value = entry[field];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !item.trim())) {
      throw new Error(`${where}.${field} must be a list of glossary terms`);
    }
    return value.map((item: string) => item.trim());
  };
  const term = text('term');
  const definition = text('definition');
  // One sentence: a capital first, a full stop last and none in between (abbreviations aside).
  if (!/^[A-Z]/.test(definition) || !definition.endsWith('.') || /[.!?]\s+[A-Z]/.test(definition.slice(0, -1))) {
    throw new Error(`${where}.definition of "${term}" must be one sentence, starting with a capital and ending with a full stop`);
  }
  return { term, definition, page: text('page'), seeAlso: list('seeAlso'), opposite: list('opposite') };
}
