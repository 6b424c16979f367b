/**
 * In `astro build`, stops Vite from pre-bundling dependencies for a dev server nobody uses.
 *
 * Why: to load the content config, `astro build` starts a Vite dev server in the background, and
 * Vite's dependency optimizer then bundles every dependency integrations list in
 * `optimizeDeps.include` (Preact, its hooks, Astro's Preact client) into a cache that only a dev
 * server's browser would read. On two cores that competed with the build itself for about two
 * seconds. Builds never use pre-bundled dependencies, so the output does not change;
 * `astro dev` keeps the optimizer.
 */
import type { AstroIntegration } from 'astro';
import type { DepOptimizationOptions, Plugin } from 'vite';

export default function noPrebundlingInBuild(): AstroIntegration {
  return {
    name: 'local:no-prebundling-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [withoutOptimizer()] } });
      },
    },
  };
}

/** Vite's documented way to turn the optimizer off: no discovery and nothing to include. */
function turnOff(options: DepOptimizationOptions | undefined): DepOptimizationOptions {
  return { ...options, noDiscovery: true, include: [] };
}

function withoutOptimizer(): Plugin {
  return {
    name: 'local:no-prebundling-in-build',
    // After the integrations' plugins have added their includes (top level and per environment).
    enforce: 'post',
    config(config) {
      config.optimizeDeps = turnOff(config.optimizeDeps);
    },
    configEnvironment(_name, options) {
      options.optimizeDeps = turnOff(options.optimizeDeps);
    },
  };
}
