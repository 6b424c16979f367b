// YAML data files in src/data/, turned into JSON modules by src/integrations/yaml-data.ts. Their
// shape is checked by the module that reads them (e.g. parseJargon), so they arrive as unknown.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}

// `import url from './module.ts?lazy-url'`: the built URL of that module's own chunk (see
// src/integrations/lazy-module-url.ts), for an import() that adds no preload helper.
declare module '*?lazy-url' {
  const url: string;
  export default url;
}
