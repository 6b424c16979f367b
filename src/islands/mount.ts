import { h, hydrate, type ComponentType } from 'preact';

/**
 * Hydrates a Preact component that Astro rendered to static HTML inside `#id`, with the props the
 * page serialized into that element's data-props attribute.
 *
 * Why not `client:load`: Astro's island runtime and the Preact renderer's lazy signals support add
 * about 6 KB gzip to every page that has an island. /assess/ has a budget of 20 KB for all of its
 * JavaScript, and these pages need neither signals nor slots, so they hydrate directly.
 */
export function hydrateIsland<Props>(id: string, Component: ComponentType<Props>): void {
  const root = document.getElementById(id);
  if (!root) return;
  let props: Props;
  try {
    props = JSON.parse(root.dataset.props ?? '') as Props;
  } catch {
    return;
  }
  hydrate(h(Component as ComponentType<object>, props as object), root);
}
