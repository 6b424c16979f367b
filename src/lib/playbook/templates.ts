/**
 * Email templates with placeholders such as {customer} or {kickoffDate}, filled from "Your details"
 * through the site's one placeholder filler (single pass, plain text out). Each placeholder names
 * one thing: a kickoff date and the date of the first result are two placeholders, never one {date}
 * filling both. What a template leaves to the reader is written in square brackets ("[goal]"), and
 * so is a placeholder not filled yet ("[Kickoff date]"), so nothing unfinished goes out unnoticed.
 */
import { fillPlaceholders } from '../placeholders';

/**
 * Every placeholder a template may use, in the order "Your details" asks for them: `label` names
 * the field, `marker` is what the email shows until it is filled (in square brackets).
 */
export const PLACEHOLDERS = [
  { key: 'customer', label: 'Customer name', marker: 'Customer' },
  { key: 'contact', label: 'Contact name', marker: 'Contact' },
  { key: 'sponsor', label: 'Executive sponsor', marker: 'Sponsor' },
  { key: 'csm', label: 'Your name', marker: 'Your name' },
  { key: 'newCsm', label: 'New CSM taking over', marker: 'New CSM' },
  { key: 'product', label: 'Product', marker: 'Product' },
  { key: 'kickoffDate', label: 'Kickoff date', marker: 'Kickoff date' },
  { key: 'firstResultDate', label: 'Date of the first result', marker: 'First result date' },
  { key: 'goLiveDate', label: 'Go-live date', marker: 'Go-live date' },
  { key: 'meetingDate', label: 'Meeting date you propose', marker: 'Meeting date' },
  { key: 'reviewDate', label: 'Business review date', marker: 'Review date' },
  { key: 'nextReviewDate', label: 'Next business review date', marker: 'Next review date' },
  { key: 'renewalDate', label: 'Renewal date', marker: 'Renewal date' },
  { key: 'handoverDate', label: 'Handover date', marker: 'Handover date' },
  { key: 'nextUpdate', label: 'Time of your next update', marker: 'Next update' },
  { key: 'fixDate', label: 'Date the fix or change is due', marker: 'Fix due' },
  { key: 'rootCauseDate', label: 'Date the root-cause summary is due', marker: 'Root-cause summary due' },
  { key: 'accessEndDate', label: 'Last day of access', marker: 'Last day of access' },
] as const;

export type PlaceholderKey = (typeof PLACEHOLDERS)[number]['key'];
export type Details = Record<PlaceholderKey, string>;

export const PLACEHOLDER_KEYS: readonly PlaceholderKey[] = PLACEHOLDERS.map(({ key }) => key);

export const EMPTY_DETAILS: Details = Object.fromEntries(PLACEHOLDER_KEYS.map((key) => [key, ''])) as Details;

/** Longest value kept for one detail; longer input is cut, not rejected. */
export const MAX_DETAIL_LENGTH = 120;

const isKey = (key: string): key is PlaceholderKey => (PLACEHOLDER_KEYS as readonly string[]).includes(key);

/** What an unfilled placeholder shows: "[Customer]", "[Kickoff date]", … */
export function placeholderMarker(key: PlaceholderKey): string {
  return `[${PLACEHOLDERS.find((placeholder) => placeholder.key === key)?.marker ?? key}]`;
}

/** Each known placeholder gets the reader's value, or its marker ("[Customer]") while that is empty. */
export function fillTemplate(template: string, details: Partial<Details>): string {
  const values = Object.fromEntries(PLACEHOLDER_KEYS.map((key) => [key, details[key]?.trim() || placeholderMarker(key)]));
  return fillPlaceholders(template, values);
}

/** Every {word} in a template, known or not, in first-use order without repeats. */
function bracedWords(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))];
}

/** Which placeholders a template uses, in first-use order, without repeats. */
export function placeholdersIn(template: string): PlaceholderKey[] {
  return bracedWords(template).filter(isKey);
}

/** Braced words that are not placeholders ("{date}" after it was split): the schema rejects them. */
export function unknownPlaceholders(template: string): string[] {
  return bracedWords(template).filter((word) => !isKey(word));
}

/** The placeholders a set of templates uses, in the order "Your details" asks for them. */
export function placeholdersUsed(templates: readonly string[]): PlaceholderKey[] {
  const used = new Set(templates.flatMap(placeholdersIn));
  return PLACEHOLDER_KEYS.filter((key) => used.has(key));
}

/** A mailto: link that opens the filled email in the reader's mail program. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Validates stored details: anything that is not a short string per known key is dropped. */
export function decodeDetails(raw: unknown): Details {
  const details: Details = { ...EMPTY_DETAILS };
  if (typeof raw !== 'object' || raw === null) return details;
  for (const key of PLACEHOLDER_KEYS) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === 'string') details[key] = value.slice(0, MAX_DETAIL_LENGTH);
  }
  return details;
}
