import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeySet } from './keySet';

describe('KeySet', () => {
  it('holds exactly the keys added, UUIDs or not', () => {
    const key = fc.oneof(
      fc.uuid(),
      fc.uuid().map((id) => id.toUpperCase()),
      fc.tuple(fc.uuid(), fc.uuid()).map(([a, b]) => `${a}/${b}`),
      fc.string({ minLength: 16, maxLength: 16 }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), fc.array(key, { maxLength: 40 }), (added, probes) => {
        const set = new KeySet();
        for (const k of added) set.add(k);
        const plain = new Set(added);
        for (const k of [...added, ...probes]) expect(set.has(k)).toBe(plain.has(k));
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it('tells a UUID from its upper-case spelling and from its packed form', () => {
    const id = '0b6e4c1a-9f3d-4e2b-8a7c-5d1e2f3a4b5c';
    const set = new KeySet();
    set.add(id);
    expect(set.has(id)).toBe(true);
    expect(set.has(id.toUpperCase())).toBe(false);
    expect(set.has(Buffer.from(id.replaceAll('-', ''), 'hex').toString('latin1'))).toBe(false);
  });
});

describe('KeySet.addNew', () => {
  it('adds a key once and says so, and then says it was there', () => {
    const set = new KeySet();
    for (const key of ['0b6e4c1a-9f3d-4e2b-8a7c-5d1e2f3a4b5c', 'not-a-uuid', '0b6e4c1a-9f3d-4e2b-8a7c-5d1e2f3a4b5g']) {
      expect(set.addNew(key), key).toBe(true);
      expect(set.addNew(key), key).toBe(false);
      expect(set.has(key), key).toBe(true);
    }
  });
});
