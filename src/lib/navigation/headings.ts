/**
 * The sections of a rendered page, for its "On this page" contents. The layout renders a page's
 * content first, then reads its h2 headings here, so every page gets the contents it deserves
 * without listing its own headings (which would drift from what it renders). An h2 without an id
 * gets one made from its text, so each entry has somewhere to link to. Pure: HTML in, HTML out.
 */

export interface SectionHeading {
  /** The heading's id, the fragment its contents entry links to. */
  id: string;
  /** The heading's text, entities decoded, as a reader sees it. */
  text: string;
}

/** A page gets contents from this many h2 sections up; shorter pages read fine without. */
export const MIN_SECTIONS_FOR_CONTENTS = 3;

const H2 = /<h2\b([^>]*)>([\s\S]*?)<\/h2>/gi;
const ID_ATTRIBUTE = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the entities an HTML renderer writes in text: named basics and numeric references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The visible text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** "What to do with it?" → "what-to-do-with-it": lower case, letters and digits joined by hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** Every id already used in `html`, so made-up ones never collide with them. */
function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) ids.add(match[1] ?? match[2] ?? '');
  return ids;
}

/**
 * The page's h2 sections in document order, and the HTML with an id on every h2 (made from its
 * text where it had none, numbered when taken). Headings with no text are left out.
 */
export function sectionHeadings(html: string): { html: string; headings: SectionHeading[] } {
  const taken = idsIn(html);
  const headings: SectionHeading[] = [];
  const withIds = html.replace(H2, (whole, attributes: string, inner: string) => {
    const text = textOf(inner);
    if (!text) return whole;
    const existing = ID_ATTRIBUTE.exec(attributes);
    if (existing) {
      headings.push({ id: decodeEntities(existing[1] ?? existing[2] ?? existing[3] ?? ''), text });
      return whole;
    }
    const base = slugify(text);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    headings.push({ id, text });
    return `<h2 id="${id}"${attributes}>${inner}</h2>`;
  });
  return { html: withIds, headings };
}
