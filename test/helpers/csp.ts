/**
 * Content-Security-Policy reading for the tests, written from the CSP Level 3 rules and not shared
 * with the build (src/integrations/security-headers.ts checks the hashes Astro writes): the tests
 * recompute each hash from the built HTML with node:crypto and look for it in the policies.
 */
import { createHash } from 'node:crypto';

/** A policy: directive name (lower case) → its source expressions, in order. */
export type Policy = Map<string, string[]>;

/** Parses a serialized policy. As in browsers, a repeated directive is ignored after its first occurrence. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/[\t\n\f\r ]+/);
    if (!name) continue;
    if (!policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/**
 * The source list a browser checks for an inline <script> or <style> element: the -elem directive,
 * else the plain one, else default-src.
 */
export function elementSources(policy: Policy, kind: 'script' | 'style'): string[] {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
}

/** The hash source expression of an inline element's text: 'sha256-<base64>'. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Why a source list would block an inline element with this text, or undefined when it allows it.
 * Only a listed hash counts: this site never relies on 'unsafe-inline' (and browsers ignore it as
 * soon as a hash is listed).
 */
export function inlineBlockedBy(sources: string[], text: string): string | undefined {
  if (sources.includes(hashSource(text))) return undefined;
  return `${hashSource(text)} is not in [${sources.join(' ')}]`;
}
