/**
 * Lines of the checklists kept in the browser (start-here, the leader's imperatives): each is a
 * task and the page that helps with it. Pages build their lines through `checklistItems`, so every
 * line links through the same checked link maker (src/data/page-links.ts).
 */
export interface ChecklistItem { id: string; text: string; href: string; linkText: string }
export interface ChecklistGroup { id: string; heading: string; intro: string; items: ChecklistItem[] }

/** A link maker such as `pageLinks(file)` returns: the page's href and its title. */
export type LinkTo<Section extends string> = (section: Section, slug: string, fragment?: string) => { href: string; title: string };

/** The line maker for a page's checklist: one task, linked to the stage, play, practice or metric page given. */
export function checklistItems<Section extends string>(linkTo: LinkTo<Section>) {
  return (id: string, text: string, section: Section, slug: string, fragment?: string): ChecklistItem => {
    const { href, title } = linkTo(section, slug, fragment);
    return { id, text, href, linkText: title };
  };
}
