/**
 * What the search panel shows for an answer: the status line, the results list with matched words
 * marked, and the way to more results.
 */
import type { Ref } from 'preact';
import type { Segment } from '../../lib/search/highlight';
import type { SearchMode, View } from './use-search';

export function StatusText({ view, total, filtered }: { view: View; total: number; filtered: boolean }) {
  if (view.status === 'idle') return <>Type to search. Results appear as you type.</>;
  if (view.status === 'loading') return <>{view.firstLoad ? 'Loading the search index…' : 'Searching…'}</>;
  if (view.status === 'error') return <>Search is not available right now.</>;
  const corrected = view.outcome && view.outcome.corrections.length > 0 ? view.outcome.plan?.text : undefined;
  const subject = view.query ? <>for “{corrected ?? view.query}”</> : <>matching the filters</>;
  const count = total === 1 ? '1 result' : `${total} results`;
  if (view.status === 'empty') return <>No results {subject}{filtered ? ' with these filters' : ''}.</>;
  return (
    <>
      {count} {subject}
      {corrected ? <> (you typed “{view.query}”)</> : null}
      {filtered && view.query ? ', filtered' : ''}.
    </>
  );
}

/** Text with matched words in <mark>; built from segments, never from HTML. */
function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}</>;
}

/**
 * The results list. data-state and data-query say which answer the list shows, so the end-to-end
 * tests can wait for a given query's answer without timing anything.
 */
export function ResultList({ view, id, listRef }: { view: View; id: string; listRef: Ref<HTMLOListElement> }) {
  return (
    <ol
      ref={listRef}
      id={id}
      class="search-results"
      aria-label="Search results"
      aria-busy={view.status === 'loading' ? 'true' : 'false'}
      data-search-results=""
      data-state={view.status}
      data-query={view.query}
    >
      {view.results.map((result) => (
        <li key={result.id} class="search-result">
          <a href={result.url} class="search-result-link" data-result-link="">
            {result.title}
          </a>
          <span class="search-result-type">{result.type}</span>
          {result.excerpt.length > 0 && <p class="search-result-excerpt"><Marked segments={result.excerpt} /></p>}
          {result.sections.length > 0 && (
            <ul class="search-result-sections" aria-label={`Matching sections of ${result.title}`}>
              {result.sections.map((section) => (
                <li key={section.url}>
                  <a href={section.url}>{section.title}</a>
                  <span class="search-section-excerpt"> — <Marked segments={section.excerpt} /></span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The page loads more results in place; the dialog links to the search page for the rest. */
export function MoreResults(props: { mode: SearchMode; view: View; total: number; loadingMore: boolean; searchPageHref: string; onMore: () => void }) {
  const { mode, view, total, loadingMore } = props;
  if (view.status !== 'done' || view.results.length >= total) return null;
  if (mode === 'page') {
    return (
      <button type="button" class="secondary search-more" onClick={props.onMore} disabled={loadingMore}>
        {loadingMore ? 'Loading…' : `Show more results (${total - view.results.length} left)`}
      </button>
    );
  }
  return (
    <p class="search-more">
      <a href={`${props.searchPageHref}?q=${encodeURIComponent(view.query)}`}>See all {total} results on the search page</a>
    </p>
  );
}
