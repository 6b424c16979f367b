import { describe, expect, it } from 'vitest';
import { parseJsonRecord } from '../../src/lib/json';

describe('parseJsonRecord', () => {
  it('returns a parsed object', () => {
    expect(parseJsonRecord('{"a":1}')).toEqual({ a: 1 });
  });

  it.each([undefined, null, '', 'not json', '[1,2]', '42', '"text"', 'null', '{"a":'])('returns undefined for %p', (text) => {
    expect(parseJsonRecord(text)).toBeUndefined();
  });
});
