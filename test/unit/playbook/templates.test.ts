import { describe, expect, it } from 'vitest';
import { decodeDetails, EMPTY_DETAILS, fillTemplate, mailtoHref, MAX_DETAIL_LENGTH, placeholdersIn } from '../../../src/lib/playbook/templates';

describe('fillTemplate', () => {
  it('fills every occurrence of a placeholder, including repeats', () => {
    const text = 'Hi {contact}, {customer} and {customer} again. {csm}';
    expect(fillTemplate(text, { contact: 'Ana', customer: 'Acme', csm: 'Sam' })).toBe('Hi Ana, Acme and Acme again. Sam');
  });

  it('shows a visible marker for missing or blank values', () => {
    expect(fillTemplate('Hello {contact} at {customer} on {date}', { contact: '   ' })).toBe('Hello [Contact] at [Customer] on [Date]');
    expect(fillTemplate('{csm} / {product}', EMPTY_DETAILS)).toBe('[Your name] / [Product]');
  });

  it('keeps values as literal text: markup is not interpreted and values are never expanded again', () => {
    const details = { customer: '<img src=x onerror=alert(1)>', contact: '{customer}' };
    expect(fillTemplate('{contact} from {customer}', details)).toBe('{customer} from <img src=x onerror=alert(1)>');
  });

  it('leaves unknown braces alone', () => {
    expect(fillTemplate('Use {unknown} and {{customer}}', { customer: 'Acme' })).toBe('Use {unknown} and {Acme}');
  });
});

describe('placeholdersIn', () => {
  it('lists each placeholder once in order of first use', () => {
    expect(placeholdersIn('{csm} {contact} {csm} {date}')).toEqual(['csm', 'contact', 'date']);
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body so line breaks and ampersands survive', () => {
    expect(mailtoHref('Q&A', 'Line 1\nLine 2')).toBe('mailto:?subject=Q%26A&body=Line%201%0ALine%202');
  });
});

describe('decodeDetails', () => {
  it('keeps known string fields, cuts long values and drops everything else', () => {
    const decoded = decodeDetails({ customer: 'Acme', contact: 42, extra: 'x', csm: 'y'.repeat(500) });
    expect(decoded).toEqual({ ...EMPTY_DETAILS, customer: 'Acme', csm: 'y'.repeat(MAX_DETAIL_LENGTH) });
  });

  it.each([null, undefined, 'text', 7, []])('returns empty details for %p', (input) => {
    expect(decodeDetails(input)).toEqual(EMPTY_DETAILS);
  });
});
