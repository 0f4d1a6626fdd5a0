import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AnchorInput } from '../entities/feedback';
import { Text, optionalText, wellFormed } from '../entities/text';
import { ExportDocument } from '../transfer/exportDocument';
import { contract, METHOD_NAMES } from './index';

/**
 * Every string the contract accepts must refuse broken text (an unpaired surrogate, which SQLite
 * would store as U+FFFD). The walk covers every method's input and the import document, so a new
 * field that is a bare z.string() fails here. String formats (ids) admit ASCII only and pass.
 */
function stringsWithoutCheck(schema: z.ZodType, path: string, found: string[] = [], seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (inner: unknown, at: string) => stringsWithoutCheck(inner as z.ZodType, at, found, seen);
  switch (def.type) {
    case 'string':
      if (def.format === undefined && !(def.checks as unknown[] | undefined)?.includes(wellFormed)) found.push(path || '(the input)');
      break;
    case 'object':
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) walk(field, path ? `${path}.${key}` : key);
      if (def.catchall) walk(def.catchall, `${path}.*`);
      break;
    case 'array':
      walk(def.element, `${path}[]`);
      break;
    case 'tuple':
      (def.items as unknown[]).forEach((item, index) => walk(item, `${path}[${index}]`));
      if (def.rest) walk(def.rest, `${path}[…]`);
      break;
    case 'record':
      walk(def.keyType, `${path}{key}`);
      walk(def.valueType, `${path}{value}`);
      break;
    case 'union':
      (def.options as unknown[]).forEach((option, index) => walk(option, `${path}|${index}`));
      break;
    case 'intersection':
      walk(def.left, path);
      walk(def.right, path);
      break;
    case 'pipe':
      walk(def.in, path);
      walk(def.out, path);
      break;
    case 'optional':
    case 'nullable':
    case 'nonoptional':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      walk(def.innerType, path);
      break;
    case 'lazy':
      walk((def.getter as () => unknown)(), path);
      break;
    case 'enum':
    case 'literal':
    case 'number':
    case 'boolean':
    case 'null':
    case 'never':
    case 'transform':
      break;
    default:
      // A kind of schema this walk does not know could hide a string: name it rather than pass.
      found.push(`${path} (a ${def.type} schema the walk does not look into)`);
  }
  return found;
}

describe('text fields', () => {
  it('refuse broken text in every input of every method', () => {
    const missing = METHOD_NAMES.flatMap((method) => stringsWithoutCheck(contract[method].input, '').map((path) => `${method}: ${path}`));
    expect(missing).toEqual([]);
  });

  it('refuse broken text in every field of an import document', () => {
    expect(stringsWithoutCheck(ExportDocument, '')).toEqual([]);
  });

  it('are found by the walk when one lacks the check, however deep', () => {
    const schema = z.strictObject({
      ok: Text,
      bare: z.string(),
      nested: z.array(z.object({ deep: z.string().trim().optional(), fine: optionalText('Fine', 5, 'one line') })),
      keyed: z.record(z.string(), z.number()),
      anchor: AnchorInput,
      either: z.union([z.null(), z.string().max(3)]),
    });
    expect(stringsWithoutCheck(schema, '')).toEqual(['bare', 'nested[].deep', 'keyed{key}', 'either|1']);
  });
});
