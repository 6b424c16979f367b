/**
 * The search page's address holds the query and the filters (/search/?q=fcr&type=Metric), so a
 * search can be shared and reloaded. Reading it trusts nothing: unknown filters and values are
 * dropped, and the query is cleaned like anything typed. Pure.
 */
import { cleanQuery } from './query';
import type { FilterSelection } from './run';

export const QUERY_PARAM = 'q';

/** A filter the search page offers, with the values pages carry (data-pagefind-filter="name:value"). */
export interface FacetGroup {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface SearchState {
  query: string;
  filters: FilterSelection;
  /** True when the query in the address was longer than a query may be. */
  truncated: boolean;
}

export function readSearchState(search: string, facets: readonly FacetGroup[]): SearchState {
  const params = new URLSearchParams(search);
  const { text, truncated } = cleanQuery(params.get(QUERY_PARAM) ?? '');
  const filters: FilterSelection = {};
  for (const facet of facets) {
    const allowed = new Set(facet.options.map((option) => option.value));
    const chosen = [...new Set(params.getAll(facet.name))].filter((value) => allowed.has(value));
    if (chosen.length > 0) filters[facet.name] = chosen;
  }
  return { query: text, filters, truncated };
}

/** "?q=…&type=…" for the state, or "" when there is nothing to keep. Filters keep the facets' order. */
export function writeSearchState(query: string, filters: FilterSelection, facets: readonly FacetGroup[]): string {
  const params = new URLSearchParams();
  const text = cleanQuery(query).text;
  if (text) params.set(QUERY_PARAM, text);
  for (const facet of facets) {
    const chosen = filters[facet.name] ?? [];
    for (const option of facet.options) if (chosen.includes(option.value)) params.append(facet.name, option.value);
  }
  const encoded = params.toString();
  return encoded ? `?${encoded}` : '';
}
