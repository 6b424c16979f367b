/**
 * Finding a share link's fragment in an address or a pasted line, without reading it: the page
 * checks every address with this, and loads the decoder (./share.ts) only when there is one.
 */
export const SHARE_PREFIX = '#share=';

/**
 * Accepts a whole URL, a fragment, or a pasted link with words around it ("<link> (Anna's answers)");
 * returns the fragment up to the first space, or null when there is no share fragment at all.
 */
export function findShareFragment(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = /#share(?:=|%3D)(\S*)/i.exec(text);
  return match ? `${SHARE_PREFIX}${match[1]}` : null;
}
