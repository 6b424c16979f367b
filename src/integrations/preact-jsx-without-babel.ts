/**
 * In `astro build`, compiles the Preact islands' JSX with Vite's own transformer (Oxc) instead of
 * Babel.
 *
 * Why: @astrojs/preact always hands @preact/preset-vite a Babel configuration, and the preset then
 * runs Babel over every .ts and .tsx file of the site, in the server build and again in the browser
 * build, only to apply Preact's automatic JSX runtime, which Oxc does natively. That was about a
 * fifth of a clean build of this site on two cores. The bundles and pages come out the same (checked
 * with test/bench/compare-builds.mjs).
 *
 * `astro dev` keeps Babel: there the preset adds the hook names and source locations that Preact's
 * devtools and hot reloading use. If a later preset renames its plugin, this does nothing and says so.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';

/** The preset's JSX plugin, whose `transform` hook is the Babel pass. */
const PRESET_JSX_PLUGIN = 'vite:preact-jsx';

export default function preactJsxWithoutBabel(): AstroIntegration {
  return {
    name: 'local:preact-jsx-without-babel',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            // What the preset itself configures when it is not given Babel.
            oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
            plugins: [withoutBabelPass(logger)],
          },
        });
      },
    },
  };
}

function withoutBabelPass(logger: AstroIntegrationLogger): Plugin {
  let warned = false;
  return {
    name: 'local:preact-jsx-without-babel',
    configResolved(config) {
      const presetJsx = config.plugins.find((plugin) => plugin.name === PRESET_JSX_PLUGIN);
      if (presetJsx?.transform) {
        // Plugins are plain objects; Vite reads their hooks after configResolved.
        (presetJsx as { transform?: unknown }).transform = undefined;
      } else if (!presetJsx && !warned) {
        warned = true;
        logger.warn(`no "${PRESET_JSX_PLUGIN}" plugin found: JSX is compiled by whatever @astrojs/preact uses now`);
      }
    },
  };
}
