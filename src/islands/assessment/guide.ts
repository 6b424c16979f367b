/**
 * The guide (stage summaries, next steps and the pages that help; see src/lib/assessment/catalogue.ts)
 * is fetched from /assess/next-steps.json, once: when the reader first rates a statement, or when a
 * result needs it. A GET of one of the site's own static files: nothing about the answers is sent.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeGuide, type Guide } from '../../lib/assessment/catalogue';

let request: Promise<Guide | undefined> | undefined;

/** Starts the fetch (or joins the one under way); a failed fetch is tried again on the next call. */
export function loadGuide(url: string): Promise<Guide | undefined> {
  request ??= fetch(url)
    .then((response) => (response.ok ? response.json() : undefined))
    .then(decodeGuide, () => undefined)
    .then((guide) => {
      if (!guide) request = undefined;
      return guide;
    });
  return request;
}

/**
 * The guide once loaded; 'loading' until then, 'failed' when it could not be fetched or read. After a
 * failure it is tried again whenever `retryKey` changes (the page passes the number of answers).
 */
export function useGuide(url: string, wanted: boolean, retryKey: unknown): Guide | 'loading' | 'failed' {
  const [guide, setGuide] = useState<Guide | 'loading' | 'failed'>('loading');
  useEffect(() => {
    if (!wanted || typeof guide === 'object') return;
    let current = true;
    loadGuide(url).then((loaded) => current && setGuide(loaded ?? 'failed'));
    return () => {
      current = false;
    };
  }, [url, wanted, retryKey]);
  return guide;
}
