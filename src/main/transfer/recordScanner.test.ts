import { describe, expect, it } from 'vitest';
import { RecordScanner } from './recordScanner';

/** Scans `text` in chunks of `size` bytes; gives the root object back as the scanner saw it. */
function scan(text: string, size: number, lists: readonly string[] = ['list']): Record<string, unknown> {
  const seen: Record<string, unknown> = {};
  const scanner = new RecordScanner({
    key: (key) => lists.includes(key),
    value: (key, value) => (seen[key] = value),
    element: (key, index, value) => {
      const list = (seen[key] ??= []) as unknown[];
      expect(index).toBe(list.length);
      list.push(value);
    },
    where: () => '',
  });
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) scanner.write(bytes.subarray(at, at + size));
  expect(scanner.ended).toBe(true);
  return seen;
}

const TRICKY = {
  format: 'x',
  version: 1,
  flag: true,
  nothing: null,
  negative: -1.5e3,
  list: [
    { text: 'quote " and backslash \\ and \\" and }] brackets [{', nested: { a: [1, [2, { b: '"' }]] } },
    'a string record',
    42,
    { unicode: 'Tomás — 日本語 😀', escaped: '\u0001\n\t' },
    [],
    {},
  ],
};

describe('the record scanner', () => {
  it('finds every key, value and record whatever the chunk size and layout', () => {
    for (const text of [JSON.stringify(TRICKY), JSON.stringify(TRICKY, null, 2), ` \n${JSON.stringify(TRICKY, null, '\t')}\r\n`]) {
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
        const { list, ...rest } = scan(text, size);
        const { list: expected, ...expectedRest } = TRICKY;
        expect(rest).toEqual(expectedRest);
        expect(list).toEqual(expected);
      }
    }
    expect(scan('{}', 1)).toEqual({});
    expect(scan('{"list": []}', 1)).toEqual({});
  });

  it('refuses what is not JSON or not an object', () => {
    expect(() => scan('[1]', 4)).toThrow(/does not hold a JSON object/);
    expect(() => scan('hello', 4)).toThrow(/not valid JSON/);
    expect(() => scan('{"a": 1,}', 4)).toThrow(/not valid JSON/);
    expect(() => scan('{"a": 1} x', 4)).toThrow(/not valid JSON/);
    expect(() => scan('{"a" 1}', 4)).toThrow(/not valid JSON/);
    expect(() => scan('{"list": [{"a": tru}]}', 4)).toThrow(/not valid JSON/);
    expect(() => scan('{"list": [1 2]}', 4)).toThrow(/not valid JSON/);
    expect(() => scan('{"list": {"a": 1}}', 4)).toThrow(/"list" must be a list of records/);
  });
});
