/**
 * What a search that found nothing offers instead: clearing the filters, related terms (or popular
 * ones) to search for with one click, and a few popular plays.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PagefindData } from '../../lib/search/pagefind';
import type { SearchOutcome } from '../../lib/search/run';
import { popularTerms, type PopularLink } from '../../lib/search/suggestions';
import suggestions from '../../data/search-suggestions.yaml';

export function SearchSuggestions(props: {
  outcome: SearchOutcome<PagefindData> | undefined;
  popular: PopularLink[] | (() => Promise<PopularLink[]>);
  filtered: boolean;
  onTerm: (term: string) => void;
  onClearFilters: () => void;
}) {
  const [popular, setPopular] = useState<PopularLink[]>(Array.isArray(props.popular) ? props.popular : []);
  useEffect(() => {
    if (Array.isArray(props.popular)) return;
    let current = true;
    props.popular().then((links) => current && setPopular(links), () => undefined);
    return () => { current = false; };
  }, []);
  const related = props.outcome?.plan?.relatedTerms ?? [];
  const terms = related.length > 0 ? related.slice(0, 6) : popularTerms(suggestions);
  return (
    <div class="search-suggestions">
      {props.filtered && (
        <p>
          Filters may be hiding matches.{' '}
          <button type="button" class="secondary" onClick={props.onClearFilters}>Search without filters</button>
        </p>
      )}
      <h2 class="search-suggestions-heading">{related.length > 0 ? 'Related terms' : 'Try one of these'}</h2>
      <ul class="search-terms">
        {terms.map((term) => (
          <li key={term}>
            <button type="button" class="secondary" onClick={() => props.onTerm(term)}>{term}</button>
          </li>
        ))}
      </ul>
      {popular.length > 0 && (
        <>
          <h2 class="search-suggestions-heading">Popular plays</h2>
          <ul>
            {popular.map((link) => (
              <li key={link.href}><a href={link.href}>{link.title}</a></li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
