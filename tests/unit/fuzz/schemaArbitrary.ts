import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Payloads that are valid, or nearly, for a contract input schema, read from the schema itself
 * (zod 4's definitions), so a new method or field needs nothing here. Ids, cursors and file names
 * come from `pick`, which knows the library's rows; refinements across fields (date order, a
 * reason for a decline) are left to chance, so some of these are refused by design.
 */
export type Pick = (field: string, kind: 'id' | 'text' | 'date') => fc.Arbitrary<string> | null;

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

const WORDS = ['Sam', 'Lee', 'mix', 'bar 32', 'Zoë', 'Ωμέγα', 'שלום', 'مرحبا', '日本語', '🎵', 'e\u0301', '\u200fRTL\u200e', 'a  b', 'x'];

function textWithin(min: number, max: number): fc.Arbitrary<string> {
  const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
  const atLimit = max === Infinity ? fc.constant('long '.repeat(200)) : fc.constantFrom('x'.repeat(max), '🎵'.repeat(max), 'y'.repeat(max + 1), '🎵'.repeat(max + 1));
  return fc.oneof({ weight: 6, arbitrary: words }, { weight: 1, arbitrary: atLimit }).filter((text) => text.length >= min || min === 0);
}

const validDay = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

function numberWithin(def: Def): fc.Arbitrary<number> {
  let min = -1e6;
  let max = 1e6;
  let integer = false;
  for (const check of checksOf(def)) {
    if (check.check === 'number_format') integer = true;
    if (check.check === 'greater_than') min = (check.value as number) + (check.inclusive ? 0 : 1e-6);
    if (check.check === 'less_than') max = (check.value as number) - (check.inclusive ? 0 : 1e-6);
  }
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
}

/** A valid-ish value for `schema`; `field` is the key it sits under (what `pick` goes by). */
export function arbitraryFor(schema: z.ZodType, pick: Pick, field = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (key: string) => arbitraryFor(def[key] as z.ZodType, pick, field);
  switch (def.type) {
    case 'string': {
      if (def.format) return pick(field, 'id') ?? fc.uuid();
      const checks = checksOf(def);
      if (checks.some((check) => check.format === 'regex')) return pick(field, 'date') ?? validDay;
      const min = (checks.find((check) => check.check === 'min_length')?.minimum as number | undefined) ?? 0;
      const max = (checks.find((check) => check.check === 'max_length')?.maximum as number | undefined) ?? Infinity;
      const known = pick(field, 'text');
      return known ? fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: textWithin(min, max) }) : textWithin(min, max);
    }
    case 'number':
      return numberWithin(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return fc.option(inner('innerType'), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
      return fc.option(inner('innerType'), { nil: undefined, freq: 3 });
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => arbitraryFor(option, pick, field)));
    case 'array': {
      const checks = checksOf(def);
      const minLength = (checks.find((check) => check.check === 'min_length')?.minimum as number | undefined) ?? 0;
      return fc.array(inner('element'), { minLength, maxLength: Math.max(minLength, 3) });
    }
    case 'record':
      return fc.dictionary(arbitraryFor(def.keyType as z.ZodType, pick, `${field}{key}`) as fc.Arbitrary<string>, inner('valueType'), { maxKeys: 2 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.entries(shape).map(([key, value]) => [key, arbitraryFor(value, pick, key)] as const);
      return fc.record(Object.fromEntries(entries)).map((value) =>
        Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)),
      );
    }
    default:
      throw new Error(`The fuzzer cannot build a ${def.type} schema (field "${field}"); teach schemaArbitrary.ts`);
  }
}
