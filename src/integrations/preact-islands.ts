/**
 * Preact for the islands: @astrojs/preact, minus its Vite preset in `astro build`.
 *
 * In a build, @astrojs/preact does three things: it registers its renderer (server rendering and
 * hydration), serves its options to that renderer, and has @preact/preset-vite compile JSX, which
 * the preset does with Babel over every .ts and .tsx file, twice (server and browser bundles).
 * Loading the preset alone (Babel, Prefresh, a prerender plugin) and the Babel passes were about a
 * fifth of a clean build of this site on two cores. So `astro build` registers the same renderer
 * here and lets Vite's Oxc compile the JSX; the pages and bundles are byte for byte the same
 * (test/bench/compare-builds.mjs). Every other command (`astro dev`, `astro check`, the unit
 * tests) runs @astrojs/preact itself, with the hot reloading and devtools support its preset adds.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** @astrojs/preact's renderer, as it registers it for builds. */
const RENDERER = {
  name: '@astrojs/preact',
  clientEntrypoint: '@astrojs/preact/client.js',
  serverEntrypoint: '@astrojs/preact/server.js',
};

/** The virtual module @astrojs/preact's server renderer reads its include/exclude options from. */
const OPTIONS_MODULE = 'astro:preact:opts';

export default function preactIslands(): AstroIntegration {
  let full: AstroIntegration | undefined;
  return {
    name: 'local:preact-islands',
    hooks: {
      'astro:config:setup': async (options) => {
        if (options.command !== 'build') {
          const { default: preact } = await import('@astrojs/preact');
          full = preact();
          await full.hooks['astro:config:setup']?.(options);
          return;
        }
        options.addRenderer(RENDERER);
        options.updateConfig({
          vite: {
            // What @preact/preset-vite configures when it is not given Babel.
            oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
            plugins: [rendererOptions()],
          },
        });
      },
      'astro:config:done': async (options) => {
        await full?.hooks['astro:config:done']?.(options);
      },
    },
  };
}

/** No include or exclude: every Preact component is the renderer's. */
function rendererOptions(): Plugin {
  const resolved = `\0${OPTIONS_MODULE}`;
  return {
    name: 'local:preact-islands-options',
    resolveId: { filter: { id: new RegExp(`^${OPTIONS_MODULE}$`) }, handler: () => resolved },
    load: { filter: { id: new RegExp(`^\\0${OPTIONS_MODULE}$`) }, handler: () => 'export default { include: undefined, exclude: undefined };' },
  };
}
