import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/lib/placeholders';

describe('fillPlaceholders', () => {
  it('fills each placeholder that has a value, numbers included', () => {
    expect(fillPlaceholders('Imported “{name}”: {count} answers.', { name: 'a.json', count: 3 })).toBe('Imported “a.json”: 3 answers.');
  });

  it('leaves placeholders without a value as they are', () => {
    expect(fillPlaceholders('Dear {contact}, about {product}', { contact: 'Ann' })).toBe('Dear Ann, about {product}');
  });

  it('never expands a placeholder found inside a value', () => {
    expect(fillPlaceholders('{a} and {b}', { a: '{b}', b: 'B' })).toBe('{b} and B');
  });

  it('ignores keys inherited from Object.prototype', () => {
    expect(fillPlaceholders('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('keeps markup as text', () => {
    expect(fillPlaceholders('Hi {name}', { name: '<b>x</b>' })).toBe('Hi <b>x</b>');
  });
});
