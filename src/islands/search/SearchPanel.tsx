/**
 * The search form, filters and results, shared by the /search/ page and the dialog: the field and
 * the filters here, the searching in use-search.ts, the answer in SearchResults.tsx, and what a
 * search that finds nothing offers in SearchSuggestions.tsx. It tells the reader in words what
 * happened, and arrow keys move between the field and the results.
 */
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { cleanQuery, MAX_QUERY_LENGTH } from '../../lib/search/query';
import { hasFilters, type FilterSelection } from '../../lib/search/run';
import type { PopularLink } from '../../lib/search/suggestions';
import type { FacetGroup } from '../../lib/search/url';
import type { SearchProblem } from './search-client';
import { MoreResults, ResultList, StatusText } from './SearchResults';
import { SearchSuggestions } from './SearchSuggestions';
import { useSearch, type SearchMode } from './use-search';

export interface SearchPanelProps {
  mode: SearchMode;
  /** Filters to offer (the page shows them; the dialog passes none). */
  facets: FacetGroup[];
  /** Where "no results" sends people instead: the links, or how to fetch them when first needed. */
  popular: PopularLink[] | (() => Promise<PopularLink[]>);
  /** The /search/ page's URL (under the base path). */
  searchPageHref: string;
  /**
   * Query and filters to start from, read after mount (from the address, or what the dialog kept),
   * so the server HTML and the first client render agree.
   */
  initial?: (() => { query: string; filters: FilterSelection; truncated: boolean }) | undefined;
  /** Called after each change of query or filters (the page writes them into its address). */
  onChange?: ((query: string, filters: FilterSelection) => void) | undefined;
}

const PROBLEM_TEXT: Record<SearchProblem, string> = {
  'missing-index': 'This copy of the site has no search index. If you are running it locally, build the site once (npm run build) and reload.',
  offline: 'Search could not reach the server: you seem to be offline. Reconnect, then try again.',
  failed: 'Search did not respond. Try again in a moment.',
};

export default function SearchPanel({ mode, facets, popular, searchPageHref, initial, onChange }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterSelection>({});
  const { view, run, showMore, loadingMore, markTruncated } = useSearch(mode);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const ids = mode === 'page' ? 'search-page' : 'search-dialog';

  useEffect(() => {
    const start = initial?.();
    if (!start) return;
    // Words typed into the server-rendered field before this code ran are kept, not wiped.
    const typedBeforeMount = inputRef.current?.value ?? '';
    if (!start.query && typedBeforeMount) {
      start.query = typedBeforeMount;
      onChange?.(cleanQuery(typedBeforeMount).text, start.filters);
    }
    setQuery(start.query);
    setFilters(start.filters);
    if (start.query || hasFilters(start.filters)) void run(start.query, start.filters).then(() => {
      if (start.truncated) markTruncated();
    });
  }, []);

  const update = (nextQuery: string, nextFilters: FilterSelection) => {
    setQuery(nextQuery);
    setFilters(nextFilters);
    onChange?.(cleanQuery(nextQuery).text, nextFilters);
    void run(nextQuery, nextFilters);
  };

  const onInput = (event: TargetedEvent<HTMLInputElement>) => update(event.currentTarget.value, filters);

  const toggleFilter = (name: string, value: string, on: boolean) => {
    const current = filters[name] ?? [];
    const next = on ? [...current, value] : current.filter((item) => item !== value);
    const nextFilters = { ...filters, [name]: next };
    if (next.length === 0) delete nextFilters[name];
    update(query, nextFilters);
  };

  /** Arrow keys move between the field and the result titles; Enter on a title follows it. */
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result-link]') ?? [])];
    const stops: HTMLElement[] = [...(inputRef.current ? [inputRef.current] : []), ...links];
    const at = stops.indexOf(target);
    if (at < 0 || links.length === 0) return;
    event.preventDefault();
    const next = stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)];
    next?.focus();
  };

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const first = view.results[0];
    if (mode === 'dialog' && first && view.query === cleanQuery(query).text) {
      window.location.assign(first.url);
      return;
    }
    void run(query, filters);
  };

  const chosenCount = Object.values(filters).reduce((sum, values) => sum + values.length, 0);
  const total = view.outcome?.hits.length ?? 0;

  return (
    <div class={`search-panel search-panel--${mode}`} onKeyDown={onKeyDown}>
      <form class="search-form" role="search" action={searchPageHref} method="get" onSubmit={onSubmit}>
        <label for={`${ids}-q`} class="search-label">Search the playbook, practices and metrics</label>
        <div class="search-field">
          <input
            ref={inputRef}
            id={`${ids}-q`}
            name="q"
            type="search"
            value={query}
            onInput={onInput}
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="search"
            aria-describedby={`${ids}-hint`}
            aria-controls={`${ids}-results`}
            data-search-input={mode === 'page' ? '' : undefined}
          />
          <button type="submit">Search</button>
        </div>
        <p id={`${ids}-hint`} class="search-hint">
          Try “kickoff”, “outage email” or “FCR”. <span class="search-keys">Arrow keys move through the results; Enter opens one.</span>
        </p>
      </form>

      {facets.length > 0 && (
        <div class="search-filters" role="group" aria-labelledby={`${ids}-filters-heading`}>
          <h2 id={`${ids}-filters-heading`} class="search-filters-heading">
            Filters{chosenCount > 0 ? ` (${chosenCount} on)` : ''}
          </h2>
          {facets.map((facet) => (
            <fieldset key={facet.name}>
              <legend>{facet.label}</legend>
              {facet.options.map((option) => {
                const id = `${ids}-${facet.name}-${option.value.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
                return (
                  <div class="search-option" key={option.value}>
                    <input
                      type="checkbox"
                      id={id}
                      value={option.value}
                      checked={(filters[facet.name] ?? []).includes(option.value)}
                      onChange={(event) => toggleFilter(facet.name, option.value, event.currentTarget.checked)}
                    />
                    <label for={id}>{option.label}</label>
                  </div>
                );
              })}
            </fieldset>
          ))}
          {chosenCount > 0 && (
            <button type="button" class="secondary" onClick={() => update(query, {})}>
              Clear filters
            </button>
          )}
        </div>
      )}

      <div class="search-output">
        <p class="search-status" role="status">
          <StatusText view={view} total={total} filtered={chosenCount > 0} />
        </p>
        {view.truncated && <p class="search-note">Your search was shortened to its first {MAX_QUERY_LENGTH} characters.</p>}
        {view.offline && (view.status === 'done' || view.status === 'empty') && (
          <p class="search-note">You are offline, so only the parts of the index already loaded were searched: some matches may be missing.</p>
        )}
        {view.status === 'error' && (
          <p class="search-problem" role="alert">
            {PROBLEM_TEXT[view.problem ?? 'failed']}{' '}
            <button type="button" class="secondary" onClick={() => void run(query, filters)}>Try again</button>
          </p>
        )}
        <ResultList view={view} id={`${ids}-results`} listRef={listRef} />
        <MoreResults mode={mode} view={view} total={total} loadingMore={loadingMore} searchPageHref={searchPageHref} onMore={() => void showMore()} />
        {view.status === 'empty' && (
          <SearchSuggestions
            outcome={view.outcome}
            popular={popular}
            filtered={chosenCount > 0}
            onTerm={(term) => { update(term, filters); inputRef.current?.focus(); }}
            onClearFilters={() => update(query, {})}
          />
        )}
      </div>
    </div>
  );
}
