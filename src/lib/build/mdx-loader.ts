/**
 * A content loader for MDX collections that compiles MDX only where a page needs it.
 *
 * With Astro's glob() loader every `.mdx` entry becomes a JavaScript module that Vite compiles and
 * bundles in the build (and warns about, once per file): most of the build time of this site, for
 * pages that use no component at all. This loader is glob() with one change: an entry whose body
 * reads the same as plain Markdown (src/lib/build/plain-mdx.ts) is rendered at load time by
 * Astro's Markdown pipeline (the same processor, GFM, smart punctuation and heading ids that MDX
 * uses) and stored as HTML in the content data store, which keeps it between builds and re-renders
 * it only when the file's digest changes. Entries that import, export or use a component or an
 * expression are left to MDX as before. `render(entry)` works the same for both.
 *
 * Everything else is glob()'s: ids, frontmatter parsing, schema errors naming file and field, and
 * the dev server's file watching.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { ContentEntryType } from 'astro';
import { asCompiledMdxHtml, needsMdxCompiler } from './plain-mdx';

type GlobOptions = Parameters<typeof glob>[0];
type RenderFunction = Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>;
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * glob() reads the content entry types (by file extension) from its context; Astro passes them,
 * though LoaderContext does not declare them.
 */
interface GlobContext extends LoaderContext {
  entryTypes: Map<string, ContentEntryType>;
}

export function mdxLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'mdx-loader',
    load: async (context) => {
      const { entryTypes, store } = context as GlobContext;
      const mdx = entryTypes.get('.mdx');
      const markdown = entryTypes.get('.md');
      if (!mdx || !markdown?.getRenderFunction) {
        throw new Error('mdxLoader needs the @astrojs/mdx integration and Astro\'s Markdown support');
      }
      const renderMarkdownEntry = markdown.getRenderFunction.bind(markdown);
      // Ids (unique in a collection) of the entries this load leaves to the MDX compiler.
      const leftToMdx = new Set<string>();

      // Having a render function makes glob() render each entry now and store the HTML.
      const mdxRenderedNow: ContentEntryType = {
        ...mdx,
        async getRenderFunction(config) {
          const renderMarkdown = await renderMarkdownEntry(config);
          const render: RenderFunction = async (entry) => {
            if (needsMdxCompiler(entry.body ?? '')) {
              leftToMdx.add(entry.id);
              return { html: '' };
            }
            leftToMdx.delete(entry.id);
            const rendered = await renderMarkdown(entry);
            return { ...rendered, html: asCompiledMdxHtml(rendered.html) };
          };
          return render;
        },
      };
      // An entry left to MDX is stored the way glob() stores any MDX entry: render deferred to its
      // compiled module, which Astro then imports (and Vite bundles) for render(entry).
      const storeWithMdxFallback = {
        ...store,
        set(entry: StoredEntry) {
          if (!leftToMdx.has(entry.id)) return store.set(entry);
          const { rendered: _unused, ...rest } = entry;
          return store.set({ ...rest, deferredRender: true });
        },
      };
      await inner.load({
        ...context,
        store: storeWithMdxFallback,
        entryTypes: new Map([...entryTypes, ['.mdx', mdxRenderedNow]]),
      } as GlobContext);
    },
  };
}
