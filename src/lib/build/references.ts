/**
 * Cross-collection reference checking. Frontmatter names related entries by slug; zod can check the
 * shape of a slug but not that the entry exists in another collection, so this runs once all
 * collections have loaded and reports every dangling reference with its file and field.
 */

export type CollectionName = 'stages' | 'playbook' | 'practices' | 'metrics' | 'sources';

/** Where a field's slugs must point. */
export interface ReferenceField {
  /** Dotted path shown in the message, e.g. "statements[2].plays". */
  field: string;
  target: CollectionName;
  slugs: readonly string[];
}

export interface EntryReferences {
  /** The file the entry came from, relative to the project, e.g. "content/playbook/kickoff-call.mdx". */
  file: string;
  fields: ReferenceField[];
}

export interface BrokenReference {
  file: string;
  field: string;
  slug: string;
  target: CollectionName;
}

export function findBrokenReferences(
  entries: readonly EntryReferences[],
  known: Record<CollectionName, ReadonlySet<string>>,
): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    for (const { field, target, slugs } of entry.fields) {
      for (const slug of slugs) {
        if (!known[target].has(slug)) broken.push({ file: entry.file, field, slug, target });
      }
    }
  }
  return broken;
}

export function describeBrokenReferences(broken: readonly BrokenReference[]): string {
  const lines = broken.map(
    ({ file, field, slug, target }) => `  ${file}: field "${field}" names "${slug}", which is not in content/${target}/`,
  );
  return `Unknown references in content (fix the slug or add the entry):\n${lines.join('\n')}`;
}
