/**
 * The /search/ page's island: the search panel with filters, kept in step with the address so a
 * search can be shared, bookmarked and reloaded (/search/?q=fcr&type=Metric).
 */
import type { PopularLink } from '../../lib/search/suggestions';
import { readSearchState, writeSearchState, type FacetGroup } from '../../lib/search/url';
import SearchPanel from './SearchPanel';
import '../../styles/search.css';

interface Props {
  facets: FacetGroup[];
  popular: PopularLink[];
  searchPageHref: string;
}

export default function SearchPage({ facets, popular, searchPageHref }: Props) {
  const onChange = (query: string, filters: Record<string, string[]>) => {
    try {
      history.replaceState(history.state, '', `${window.location.pathname}${writeSearchState(query, filters, facets)}`);
    } catch {
      // Some embedded browsers refuse history changes; the search still works, only the address lags.
    }
  };
  return (
    <SearchPanel
      mode="page"
      facets={facets}
      popular={popular}
      searchPageHref={searchPageHref}
      initial={() => readSearchState(window.location.search, facets)}
      onChange={onChange}
    />
  );
}
