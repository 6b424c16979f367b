// js-yaml ships with Astro (which parses YAML content with it) but without type declarations;
// the integration only needs `load`.
declare module 'js-yaml' {
  export function load(source: string): unknown;
  const jsYaml: { load: typeof load };
  export default jsYaml;
}
