/**
 * Vite plugin: `import data from '…/x.yaml'` for the YAML data files in src/data/ (the jargon list,
 * search suggestions), parsed at build time and shipped as JSON, so the pages, the search islands
 * and the tests all read one parsed copy. Registered in astro.config.mjs.
 */
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';

/** The YAML files under src/data/ become modules whose default export is the parsed data. */
export default function yamlData(): Plugin {
  const dataYaml = /[\\/]src[\\/]data[\\/][^\\/]+\.ya?ml$/;
  return {
    name: 'local:yaml-data',
    // A hook filter, so the bundler calls this only for the data files rather than for every module.
    transform: {
      filter: { id: dataYaml },
      handler(source) {
        return { code: `export default ${JSON.stringify(parseYaml(source))};`, map: null };
      },
    },
  };
}
