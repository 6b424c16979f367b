import { describe, expect, it } from 'vitest';
import { parseJson, parseJsonRecord } from '../../src/lib/json';

describe('parseJson', () => {
  it('returns any parsed JSON value, null and false included', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(parseJson('[1,2]')).toEqual([1, 2]);
    expect(parseJson('null')).toBeNull();
    expect(parseJson('false')).toBe(false);
    expect(parseJson('"text"')).toBe('text');
  });

  it.each([undefined, null, '', 'not json', '{"a":', '{a:1}', 42, {}])('returns undefined for %p instead of throwing', (text) => {
    expect(parseJson(text)).toBeUndefined();
  });
});

describe('parseJsonRecord', () => {
  it('returns a parsed object', () => {
    expect(parseJsonRecord('{"a":1}')).toEqual({ a: 1 });
  });

  it.each([undefined, null, '', 'not json', '[1,2]', '42', '"text"', 'null', '{"a":'])('returns undefined for %p', (text) => {
    expect(parseJsonRecord(text)).toBeUndefined();
  });
});
