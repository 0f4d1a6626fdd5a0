import fc from 'fast-check';

/** Megabyte strings are built once: thousands of payloads share them. */
const MEGABYTE = 'a'.repeat(1 << 20);
const MEGABYTE_EMOJI = '🎵'.repeat(1 << 18);

/** A value nested `depth` levels deep, arrays and objects in turn. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { inner: value };
  return value;
}
const DEEP = nested(5000);

/** An object whose own keys are the ones that reach prototypes when code copies keys carelessly (as JSON.parse makes them). */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then'];

const TEXTS = [
  '',
  ' ',
  '\t\n',
  MEGABYTE,
  MEGABYTE_EMOJI,
  'a\ud800b',
  '\udc00',
  '\ud83c',
  'Sam\u0000',
  '\u0000',
  'a\u001bb',
  'line\nbreak',
  '\u202eevil\u202c',
  'שלום \u200f(RTL)\u200e',
  '\u200b\ufeff',
  'e\u0301'.repeat(150),
  '🎵'.repeat(121),
  '👩‍👩‍👧‍👦',
  "'; DROP TABLE feedback; --",
  'NEAR(a b) OR "x" * ^col:',
  '%_\\',
  '\u0085\u009f',
];

const NUMBERISH = ['NaN', 'Infinity', '-Infinity', '-0', '1e999', '0x10', ' 42 ', '١٢', 'null', 'undefined', 'true', '1,5'];
const NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1, -1, 1.5, 0.1 + 0.2, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE, 2 ** 31, -(2 ** 31) - 1];
const DATES = ['2026-02-30', '0000-00-00', '99999-01-01', '2026-13-01', '2026-1-1', '2026-03-15T00:00:00Z', '+002026-03-15', '0001-01-01', '9999-12-31', '1970-01-01', '2026-02-29', '2024-02-29'];

/** Values no field expects, or expects only at its edge: the other half of every mutation. */
export const hostileValue = (ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TEXTS) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH) },
    { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom(...DATES) },
    { weight: 3, arbitrary: ids },
    { weight: 1, arbitrary: ids.map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: ids.map((id) => ` ${id}`) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [[]], [null], 1n, new Date('2026-03-15')) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(DEEP, nested(50), withOwnKey({}, '__proto__', { polluted: true })) },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 3, withBigInt: true, withDate: true, withNullPrototype: true }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );

/** Whole payloads of the wrong shape. */
export const hostilePayload = (ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileValue(ids),
    fc.constantFrom(...PROTOTYPE_KEYS).map((key) => withOwnKey({}, key, { polluted: true })),
    fc.array(hostileValue(ids), { maxLength: 3 }),
  );
