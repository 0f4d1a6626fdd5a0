import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COLLABORATOR_ROLES, type CollaboratorRole } from '../../shared/entities/collaborator';
import { BENEFITS } from '../../shared/entities/exchange';
import { PatternReport, type Evidence, type Stance } from '../../shared/entities/patterns';
import {
  analyze,
  collaborator,
  judgeOne,
  lessons,
  needs,
  receivedFeedback,
  SETTINGS,
  type CollaboratorSpec,
  type EntrySpec,
} from './fixtures';
import type { ActiveProjectInput, LearnerLesson, RequestOutcomeCounts } from './input';

const RUNS = { numRuns: 150 };

const entryArbitrary: fc.Arbitrary<EntrySpec> = fc.record({
  direction: fc.constantFrom('given' as const, 'received' as const),
  benefit: fc.constantFrom(...BENEFITS),
  weight: fc.integer({ min: 1, max: 3 }),
  // Mostly inside the window (2026-01-02 to 2026-06-30), sometimes just outside it.
  date: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 1, max: 6 }).map((month) => `2026-0${month}-15`) },
    { weight: 1, arbitrary: fc.constantFrom('2025-12-20', '2026-01-01', '2026-07-01') },
  ),
});

const countsArbitrary: fc.Arbitrary<Partial<RequestOutcomeCounts>> = fc.record({
  met: fc.nat(5),
  partlyMet: fc.nat(3),
  declined: fc.nat(5),
  ignored: fc.nat(3),
  pending: fc.nat(2),
});

const rolesArbitrary = fc.subarray([...COLLABORATOR_ROLES] as CollaboratorRole[]);

const specArbitrary: fc.Arbitrary<CollaboratorSpec> = fc.record({
  roles: rolesArbitrary,
  entries: fc.array(entryArbitrary, { maxLength: 40 }),
  needs: fc.tuple(countsArbitrary, countsArbitrary).map(([yours, theirs]) => needs(yours, theirs)),
  activeSharedProjectIds: fc.constantFrom<string[][]>([], ['project-shared']),
  learnerLessons: fc.oneof(
    fc.constant<LearnerLesson[]>([]),
    fc
      .array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 8 })
      .chain((confidences) =>
        fc
          .array(fc.record({ done: fc.nat(2), total: fc.integer({ min: 2, max: 3 }) }), {
            minLength: confidences.length,
            maxLength: confidences.length,
          })
          .map((practice) => lessons(confidences, practice)),
      ),
  ),
});

const SWAPPED: Record<Stance, Stance> = {
  'one-sided-giving': 'one-sided-taking',
  'one-sided-taking': 'one-sided-giving',
  interdependent: 'interdependent',
  'not-enough-data': 'not-enough-data',
  dependent: 'dependent',
  'going-it-alone': 'going-it-alone',
};

function swapped(spec: CollaboratorSpec): CollaboratorSpec {
  const tally = spec.needs ?? needs({});
  return {
    ...spec,
    entries: spec.entries?.map((entry) => ({ ...entry, direction: entry.direction === 'given' ? 'received' : 'given' })),
    needs: {
      yours: tally.theirs,
      theirs: tally.yours,
      refs: tally.refs.map((ref) => ({ ...ref, askedBy: ref.askedBy === 'me' ? 'them' : 'me' })),
    },
  };
}

const insideBand = (share: number | null) =>
  share !== null && share >= SETTINGS.balancedBandLow && share <= SETTINGS.balancedBandHigh;

describe('properties of the engine', () => {
  test('swapping give and take (and whose needs are whose) swaps one-sided giving and taking', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const before = judgeOne(spec);
        const after = judgeOne(swapped(spec));
        expect(after.stance).toBe(SWAPPED[before.stance]);
        expect(after.basis).toBe(before.basis);
        expect(after.leaning).toBe(before.leaning === null ? null : before.leaning === 'giving' ? 'taking' : 'giving');
        expect(after.give).toBe(before.receive);
        expect(after.receive).toBe(before.give);
        expect(after.confidence).toBeCloseTo(before.confidence, 9);
      }),
      RUNS,
    );
  });

  test('adding equal give and take never moves a balanced relationship out of the band', () => {
    fc.assert(
      fc.property(specArbitrary, fc.integer({ min: 1, max: 30 }), (spec, added) => {
        const before = judgeOne(spec);
        fc.pre(insideBand(before.giveShare));
        const extra: EntrySpec[] = Array.from({ length: added }, (_, index) => [
          { direction: 'given' as const, benefit: 'growth' as const, date: `2026-0${1 + (index % 6)}-10` },
          { direction: 'received' as const, benefit: 'growth' as const, date: `2026-0${1 + (index % 6)}-11` },
        ]).flat();
        const after = judgeOne({ ...spec, entries: [...(spec.entries ?? []), ...extra] });
        expect(insideBand(after.giveShare)).toBe(true);
        if (before.stance === 'interdependent' && before.basis === 'balance') expect(after.stance).toBe('interdependent');
      }),
      { ...RUNS, maxSkipsPerRun: 1000 },
    );
  });

  test('doubling every weight never widens the interval', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const before = judgeOne(spec);
        const after = judgeOne({ ...spec, entries: spec.entries?.map((entry) => ({ ...entry, weight: 2 * (entry.weight ?? 1) })) });
        const width = (finding: typeof before) => finding.interval.high - finding.interval.low;
        expect(width(after)).toBeLessThanOrEqual(width(before) + 1e-12);
        expect(after.giveShare).toBe(before.giveShare);
      }),
      RUNS,
    );
  });

  test('findings never cite ids that are not in the input, and every confidence is a probability', () => {
    const projectArbitrary: fc.Arbitrary<ActiveProjectInput[]> = fc.array(
      fc.record({
        startDate: fc.option(fc.constantFrom('2025-10-01', '2026-03-01', '2026-06-20')),
        endDate: fc.option(fc.constantFrom('2026-02-01', '2026-05-15', '2026-09-01')),
        inputDays: fc.array(
          fc.integer({ min: 1, max: 28 }).map((day) => `2026-0${1 + (day % 6)}-${String(day).padStart(2, '0')}`),
          { maxLength: 6 },
        ),
      }),
      { maxLength: 3 },
    ).map((projects) => projects.map((project, index) => ({ ...project, id: `project-${index}`, title: `Project ${index}` })));
    const feedbackArbitrary = fc.array(fc.constantFrom('open', 'applied', 'partly-applied', 'declined', 'discussed' as const), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(specArbitrary, feedbackArbitrary), { maxLength: 6 }),
        projectArbitrary,
        (people, activeProjects) => {
          const collaborators = people.map(([spec, statuses]) =>
            collaborator({ ...spec, receivedFeedback: receivedFeedback(statuses) }),
          );
          const known = new Set<string>();
          for (const person of collaborators) {
            known.add(`collaborator:${person.id}`);
            for (const entry of person.exchanges) known.add(`${entry.type}:${entry.id}`);
            for (const request of person.needs.refs) known.add(`request:${request.id}`);
            for (const lesson of person.learnerLessons.newest) known.add(`lesson:${lesson.id}`);
            for (const entry of person.receivedFeedback.refs) known.add(`feedback:${entry.id}`);
            for (const id of person.activeSharedProjectIds) known.add(`project:${id}`);
          }
          for (const project of activeProjects) known.add(`project:${project.id}`);
          const report = analyze(collaborators, { activeProjects });
          const cited = (evidence: Evidence | undefined) => {
            for (const entry of evidence?.refs ?? []) expect(known.has(`${entry.type}:${entry.id}`)).toBe(true);
            if (evidence) expect(evidence.total).toBeGreaterThanOrEqual(evidence.refs.length);
          };
          for (const finding of report.relationships) {
            expect(known.has(`collaborator:${finding.collaborator.id}`)).toBe(true);
            for (const evidence of [finding.evidence, finding.needsGap?.evidence, finding.trend?.evidence, finding.learnerPath?.evidence]) {
              cited(evidence);
            }
          }
          for (const finding of report.portfolio) {
            cited(finding.evidence);
            if (finding.kind === 'support-concentration') {
              for (const source of finding.sources) expect(known.has(`collaborator:${source.collaboratorId}`)).toBe(true);
            }
            if (finding.kind === 'no-input-stretches') {
              for (const stretch of finding.stretches) expect(known.has(`project:${stretch.projectId}`)).toBe(true);
            }
          }
          // The schema bounds every confidence, rate and share to 0..1.
          expect(PatternReport.safeParse(report).success).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
