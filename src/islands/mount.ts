import { h, hydrate, type ComponentType } from 'preact';
import { parseJson } from '../lib/json';

/**
 * The browser half of the site's one way to mount an island (the server half is
 * src/components/Island.astro): hydrates the Preact component Astro rendered to HTML inside `#id`,
 * with the props the page serialized into that element's data-props attribute (or into the JSON
 * block its data-props-from names, when islands share props), or with `given` props the page put
 * together itself. Each page calls it
 * from its own <script>, so a page loads only its own island's code.
 *
 * Why not `client:load`: Astro's island runtime and the Preact renderer's lazy signals support add
 * about 6 KB gzip to every page that has an island. /assess/ has a budget of 20 KB for all of its
 * JavaScript, and no island needs signals or slots, so they all hydrate directly.
 */
export function hydrateIsland<Props>(id: string, Component: ComponentType<Props>, given?: Props): void {
  const root = document.getElementById(id);
  const props = given ?? islandProps(root);
  if (!root || typeof props !== 'object' || props === null) return;
  hydrate(h(Component as ComponentType<object>, props), root);
}

/** An island's props: its data-props, or the shared JSON block its data-props-from names. */
export function islandProps(root: HTMLElement | null): unknown {
  const from = root?.dataset.propsFrom;
  return parseJson(from ? document.getElementById(from)?.textContent : root?.dataset.props);
}
