// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindSearch from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import yamlData from './src/integrations/yaml-data.ts';
import lazyModuleUrl from './src/integrations/lazy-module-url.ts';
import pageBundle from './src/integrations/page-bundle.ts';
import preactIslands from './src/integrations/preact-islands.ts';
import noPrebundlingInBuild from './src/integrations/no-prebundling-in-build.ts';
import offlineCopy from './src/integrations/offline-copy.ts';

const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';
// OUT_DIR lets tests build a second copy (e.g. under a sub-path) without touching dist/.
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preactIslands(),
    noPrebundlingInBuild(),
    // The offline page is shown in place of pages not stored offline: not one for search engines.
    sitemap({ filter: (page) => !page.endsWith('/offline/') }),
    pagefindSearch(),
    // After Pagefind: the service worker lists the search index among the files it can store.
    offlineCopy(),
    securityHeaders(),
  ],
  build: { inlineStylesheets: 'never' },
  // YAML data files as modules, and the `?lazy-url` import suffix (one plugin per file in src/integrations/).
  vite: { plugins: [yamlData(), lazyModuleUrl(), pageBundle(['src/pages/assess/index.astro'])] },
  // Code highlighting writes style="" attributes, which a strict CSP blocks; the site shows no code.
  markdown: { syntaxHighlight: false },
  // Strict CSP: Astro puts it in a <meta> tag on every page, allowing each inline script and style
  // by its hash; security-headers.ts copies it into dist/_headers with frame-ancestors added.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; nothing may run eval or inline code.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
