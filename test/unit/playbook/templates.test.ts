import { describe, expect, it } from 'vitest';
import {
  decodeDetails, EMPTY_DETAILS, fillTemplate, mailtoHref, MAX_DETAIL_LENGTH, PLACEHOLDERS, placeholdersIn, placeholdersUsed, unknownPlaceholders,
} from '../../../src/lib/playbook/templates';

describe('fillTemplate', () => {
  it('fills every occurrence of a placeholder, including repeats', () => {
    const text = 'Hi {contact}, {customer} and {customer} again. {csm}';
    expect(fillTemplate(text, { contact: 'Ana', customer: 'Acme', csm: 'Sam' })).toBe('Hi Ana, Acme and Acme again. Sam');
  });

  it('shows a visible, bracketed marker for missing or blank values', () => {
    expect(fillTemplate('Hello {contact} at {customer} on {kickoffDate}', { contact: '   ' })).toBe('Hello [Contact] at [Customer] on [Kickoff date]');
    expect(fillTemplate('{csm} / {product}', EMPTY_DETAILS)).toBe('[Your name] / [Product]');
  });

  it('gives two dates that mean different things two different markers and values', () => {
    const text = 'Kickoff on {kickoffDate}, first result by {firstResultDate}';
    expect(fillTemplate(text, {})).toBe('Kickoff on [Kickoff date], first result by [First result date]');
    expect(fillTemplate(text, { kickoffDate: '3 March' })).toBe('Kickoff on 3 March, first result by [First result date]');
  });

  it('keeps values as literal text: markup is not interpreted and values are never expanded again', () => {
    const details = { customer: '<img src=x onerror=alert(1)>', contact: '{customer}' };
    expect(fillTemplate('{contact} from {customer}', details)).toBe('{customer} from <img src=x onerror=alert(1)>');
  });

  it('leaves unknown braces and hand-filled [slots] alone', () => {
    expect(fillTemplate('Use {unknown} and {{customer}} by [date]', { customer: 'Acme' })).toBe('Use {unknown} and {Acme} by [date]');
  });
});

describe('placeholders', () => {
  it('each have a field label and a marker, and no two share a key, label or marker', () => {
    for (const field of ['key', 'label', 'marker'] as const) {
      const values = PLACEHOLDERS.map((placeholder) => placeholder[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it('placeholdersIn lists each placeholder once in order of first use, ignoring unknown words', () => {
    expect(placeholdersIn('{csm} {contact} {csm} {nextUpdate} {date}')).toEqual(['csm', 'contact', 'nextUpdate']);
  });

  it('unknownPlaceholders names the braced words that are not placeholders', () => {
    expect(unknownPlaceholders('{contact} on {date}, {Customer} and {date}')).toEqual(['date', 'Customer']);
    expect(unknownPlaceholders('{contact} by [date]')).toEqual([]);
  });

  it('placeholdersUsed gives what a page asks for, in the order of "Your details"', () => {
    expect(placeholdersUsed(['Hi {contact}, see you {kickoffDate}', '{csm} for {customer}'])).toEqual(['customer', 'contact', 'csm', 'kickoffDate']);
    expect(placeholdersUsed([])).toEqual([]);
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body so line breaks and ampersands survive', () => {
    expect(mailtoHref('Q&A', 'Line 1\nLine 2')).toBe('mailto:?subject=Q%26A&body=Line%201%0ALine%202');
  });
});

describe('decodeDetails', () => {
  it('keeps known string fields, cuts long values and drops everything else', () => {
    const decoded = decodeDetails({ customer: 'Acme', contact: 42, extra: 'x', csm: 'y'.repeat(500), nextUpdate: '14:00' });
    expect(decoded).toEqual({ ...EMPTY_DETAILS, customer: 'Acme', csm: 'y'.repeat(MAX_DETAIL_LENGTH), nextUpdate: '14:00' });
  });

  it('drops the retired {date} a browser may still have stored', () => {
    expect(decodeDetails({ customer: 'Acme', date: 'Friday' })).toEqual({ ...EMPTY_DETAILS, customer: 'Acme' });
  });

  it.each([null, undefined, 'text', 7, []])('returns empty details for %p', (input) => {
    expect(decodeDetails(input)).toEqual(EMPTY_DETAILS);
  });
});
