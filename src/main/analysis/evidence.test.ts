import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Evidence, EvidenceRef } from '../../shared/entities/patterns';
import { combineEvidence, evidenceOf, evidenceOfEach, evidenceOfLists } from './evidence';

const RUNS = { numRuns: 300 };
const TYPES = ['feedback', 'help', 'lesson'] as const;
const DATES = ['2026-01-05', '2026-02-10', '2026-02-11', '2026-03-01'];

// Any refs at all: ids shared across types and dates, so the slow path (repeats that are not copies) is taken too.
const anyRef: fc.Arbitrary<EvidenceRef> = fc.oneof(
  fc.record({ type: fc.constantFrom(...TYPES), id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), date: fc.constantFrom(...DATES) }),
  fc.record({ type: fc.constant('project' as const), id: fc.constantFrom('a', 'p', 'q'), date: fc.constant(null) }),
);
// Refs of a few fixed entries, so repeats are copies (a peers' lesson as two ledger rows): the fast path.
const POOL: EvidenceRef[] = Array.from({ length: 12 }, (_, index) => ({
  type: TYPES[index % 3] as EvidenceRef['type'],
  id: `e${index}`,
  date: DATES[(index * 7) % 4] as string,
}));
const copiedRef: fc.Arbitrary<EvidenceRef> = fc.constantFrom(...POOL).map((ref) => ({ ...ref }));
const refs = fc.oneof(fc.array(anyRef, { maxLength: 12 }), fc.array(copiedRef, { maxLength: 12 }));
const limit = fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.nat(8));

describe('the faster evidence paths give what evidenceOf gives on all the refs', () => {
  test('evidenceOfLists = evidenceOf of the lists end to end, sorted lists or not', () => {
    fc.assert(
      fc.property(fc.array(refs, { maxLength: 5 }), fc.nat(40), limit, (lists, total, cap) => {
        expect(evidenceOfLists(lists, total, cap)).toEqual(evidenceOf(lists.flat(), total, cap));
      }),
      RUNS,
    );
  });

  test('combineEvidence = evidenceOf of every part’s refs and the summed totals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(refs, fc.nat(20)), { maxLength: 6 }), limit, (specs, cap) => {
        const parts: Evidence[] = specs.map(([list, total]) => evidenceOf(list, total));
        const summed = parts.reduce((sum, part) => sum + part.total, 0);
        expect(combineEvidence(parts, cap)).toEqual(evidenceOf(parts.flatMap((part) => part.refs), summed, cap));
      }),
      RUNS,
    );
  });

  test('evidenceOfEach = evidenceOf of each subset in the list’s order', () => {
    const entry = fc.tuple(fc.oneof(anyRef, copiedRef), fc.boolean(), fc.boolean()).map(([ref, given, counted]) => ({ ...ref, given, counted }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 14 }), fc.nat(30), fc.nat(30), (entries, givenTotal, countedTotal) => {
        const parts = [
          { takes: (item: (typeof entries)[number]) => item.given, total: givenTotal },
          { takes: (item: (typeof entries)[number]) => item.counted, total: countedTotal },
        ];
        const expected = parts.map((part) =>
          evidenceOf(
            entries.filter(part.takes).map(({ type, id, date }) => ({ type, id, date })),
            part.total,
          ),
        );
        expect(evidenceOfEach(entries, parts)).toEqual(expected);
      }),
      RUNS,
    );
  });
});
