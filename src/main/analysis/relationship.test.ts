import { describe, expect, test } from 'vitest';
import { entries, exchange, judgeOne, type CollaboratorSpec } from './fixtures';

describe('going it alone needs shared active work (DOMAIN.md)', () => {
  // activeSharedProjectIds is the caller's list of projects both are on that are active in the
  // window (db/patternAggregates.ts; its own test covers status and dates).
  const shared = { activeSharedProjectIds: ['project-a'] };
  test.each<{ name: string; spec: CollaboratorSpec; stance: string; basis: string }>([
    { name: 'a shared active project, nothing exchanged', spec: { roles: ['critic'], ...shared }, stance: 'going-it-alone', basis: 'no-exchange' },
    { name: 'a peer with a shared active project, nothing exchanged', spec: { roles: ['peer'], ...shared }, stance: 'going-it-alone', basis: 'no-exchange' },
    { name: 'a peer, no shared project: a role is not active work', spec: { roles: ['peer'] }, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'a mentor, no shared project', spec: { roles: ['mentor'] }, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'a mentee, no shared project', spec: { roles: ['mentee'] }, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'every role, no shared project', spec: { roles: ['mentor', 'mentee', 'peer', 'co-creator', 'critic', 'audience'] }, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'no role, no shared project', spec: {}, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'a shared active project and one small exchange in the window', spec: { ...shared, entries: exchange(1, 0) }, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'a shared active project and an exchange on the window’s first day', spec: { ...shared, entries: entries('received', 1, { date: '2026-01-02' }) }, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'a shared active project and an exchange today', spec: { ...shared, entries: entries('given', 1, { date: '2026-06-30' }) }, stance: 'not-enough-data', basis: 'too-little-weight' },
    { name: 'a shared active project, the only exchange the day before the window', spec: { ...shared, entries: entries('given', 5, { date: '2026-01-01' }) }, stance: 'going-it-alone', basis: 'no-exchange' },
  ])('$name: $stance', ({ spec, stance, basis }) => {
    const finding = judgeOne(spec);
    expect(finding.stance).toBe(stance);
    expect(finding.basis).toBe(basis);
    expect(finding.confidence).toBe(stance === 'going-it-alone' ? 1 : 0);
  });

  test('says so in a sentence and cites the shared active projects', () => {
    const one = judgeOne({ roles: ['peer'], activeSharedProjectIds: ['project-a'] });
    expect(one.sentence).toBe(
      'In the last 6 months there was no exchange at all, though you share an active project — this looks like going it alone.',
    );
    const two = judgeOne({ activeSharedProjectIds: ['project-a', 'project-b'] });
    expect(two.evidence.refs.map((entry) => entry.id).sort()).toEqual(['project-a', 'project-b']);
    expect(two.sentence).toContain('though you share 2 active projects');
  });

  test.each([
    ['added 44 days before the window ends: too soon to have gone quiet', '2026-05-17', 'not-enough-data'],
    ['added exactly 45 days before (the no-input stretch): going it alone', '2026-05-16', 'going-it-alone'],
    ['added before the window began: going it alone', '2025-01-01', 'going-it-alone'],
  ])('someone on a shared active project %s', (_name, knownSince, stance) => {
    expect(judgeOne({ roles: ['mentor'], activeSharedProjectIds: ['project-a'], knownSince }).stance).toBe(stance);
  });
});

describe('trend', () => {
  // First half January–March, second April–June.
  const dated = (direction: 'given' | 'received', count: number, date: string) => entries(direction, count, { date });

  test('give share 0.33 then 0.75: rising, heading toward one-sided giving', () => {
    const finding = judgeOne({
      entries: [
        ...dated('given', 2, '2026-02-01'),
        ...dated('received', 4, '2026-02-02'),
        ...dated('given', 6, '2026-05-01'),
        ...dated('received', 2, '2026-05-02'),
      ],
    });
    expect(finding.trend?.direction).toBe('rising');
    expect(finding.trend?.firstHalfGiveShare).toBeCloseTo(1 / 3, 12);
    expect(finding.trend?.secondHalfGiveShare).toBeCloseTo(0.75, 12);
    expect(finding.trend?.stance).toBe('one-sided-giving');
    expect(finding.trend?.confidence).toBeGreaterThan(0.5);
    expect(finding.trend?.sentence).toBe(
      'The give share went from 0.33 in the first half of the last 6 months to 0.75 in the second — rising.',
    );
  });

  test.each([
    { name: 'a change of exactly 0.15 (0.50 → 0.65) is rising', first: [2, 2], second: [13, 7], direction: 'rising' },
    { name: 'a change of 0.10 (0.50 → 0.60) is steady', first: [3, 3], second: [3, 2], direction: 'steady' },
    { name: 'a drop from 0.80 to 0.25 is falling', first: [4, 1], second: [1, 3], direction: 'falling' },
    { name: 'a half with 2 (under half the minimum) gives no trend', first: [1, 1], second: [5, 5], direction: null },
  ])('$name', ({ first, second, direction }) => {
    const finding = judgeOne({
      entries: [
        ...dated('given', first[0] as number, '2026-01-20'),
        ...dated('received', first[1] as number, '2026-03-20'),
        ...dated('given', second[0] as number, '2026-04-20'),
        ...dated('received', second[1] as number, '2026-06-20'),
      ],
    });
    expect(finding.trend?.direction ?? null).toBe(direction);
  });
});
