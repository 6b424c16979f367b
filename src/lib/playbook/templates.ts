/**
 * Email templates with placeholders such as {customer}, filled from "Your details" through the
 * site's one placeholder filler (single pass, plain text out).
 */
import { fillPlaceholders } from '../placeholders';

export const PLACEHOLDERS = [
  { key: 'customer', label: 'Customer name' },
  { key: 'contact', label: 'Contact name' },
  { key: 'csm', label: 'Your name' },
  { key: 'product', label: 'Product' },
  { key: 'date', label: 'Date' },
] as const;

export type PlaceholderKey = (typeof PLACEHOLDERS)[number]['key'];
export type Details = Record<PlaceholderKey, string>;

export const EMPTY_DETAILS: Details = { customer: '', contact: '', csm: '', product: '', date: '' };

/** Longest value kept for one detail; longer input is cut, not rejected. */
export const MAX_DETAIL_LENGTH = 120;

/** What an unfilled placeholder shows: "[Customer]", "[Contact]", … */
export function placeholderMarker(key: PlaceholderKey): string {
  const names: Record<PlaceholderKey, string> = {
    customer: 'Customer', contact: 'Contact', csm: 'Your name', product: 'Product', date: 'Date',
  };
  return `[${names[key]}]`;
}

const PATTERN = /\{(customer|contact|csm|product|date)\}/g;

/** Each known placeholder gets the reader's value, or its marker ("[Customer]") while that is empty. */
export function fillTemplate(template: string, details: Partial<Details>): string {
  const values = Object.fromEntries(PLACEHOLDERS.map(({ key }) => [key, details[key]?.trim() || placeholderMarker(key)]));
  return fillPlaceholders(template, values);
}

/** Which placeholders a template uses, in first-use order, without repeats. */
export function placeholdersIn(template: string): PlaceholderKey[] {
  const seen = new Set<PlaceholderKey>();
  for (const match of template.matchAll(PATTERN)) seen.add(match[1] as PlaceholderKey);
  return [...seen];
}

/** A mailto: link that opens the filled email in the reader's mail program. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Validates stored details: anything that is not a short string per known key is dropped. */
export function decodeDetails(raw: unknown): Details {
  const details: Details = { ...EMPTY_DETAILS };
  if (typeof raw !== 'object' || raw === null) return details;
  for (const { key } of PLACEHOLDERS) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === 'string') details[key] = value.slice(0, MAX_DETAIL_LENGTH);
  }
  return details;
}
