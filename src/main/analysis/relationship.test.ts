import { describe, expect, test } from 'vitest';
import { entries, exchange, judgeOne, type CollaboratorSpec } from './fixtures';

describe('going it alone', () => {
  test.each<{ name: string; spec: CollaboratorSpec; reason: string }>([
    { name: 'a peer', spec: { roles: ['peer'] }, reason: 'you are peers' },
    { name: 'a mentor', spec: { roles: ['mentor'] }, reason: 'they are your mentor' },
    {
      name: 'a shared active project',
      spec: { roles: ['critic'], activeSharedProjectIds: ['project-a'] },
      reason: 'you share an active project',
    },
  ])('no exchange in the window with $name', ({ spec, reason }) => {
    const finding = judgeOne(spec);
    expect(finding.stance).toBe('going-it-alone');
    expect(finding.basis).toBe('no-exchange');
    expect(finding.confidence).toBe(1);
    expect(finding.sentence).toBe(
      `In the last 6 months there was no exchange at all, though ${reason} — this looks like going it alone.`,
    );
  });

  test('cites the shared active projects', () => {
    const finding = judgeOne({ activeSharedProjectIds: ['project-a', 'project-b'] });
    expect(finding.evidence.refs.map((entry) => entry.id).sort()).toEqual(['project-a', 'project-b']);
    expect(finding.sentence).toContain('though you share 2 active projects');
  });

  test('not an active relationship (an audience member, no shared project): just not enough data', () => {
    const finding = judgeOne({ roles: ['audience'] });
    expect(finding.stance).toBe('not-enough-data');
    expect(finding.basis).toBe('too-little-weight');
  });

  test.each([
    ['added 44 days before the window ends: too soon to have gone quiet', '2026-05-17', 'not-enough-data'],
    ['added exactly 45 days before (the no-input stretch): going it alone', '2026-05-16', 'going-it-alone'],
    ['added before the window began: going it alone', '2025-01-01', 'going-it-alone'],
  ])('someone %s', (_name, knownSince, stance) => {
    expect(judgeOne({ roles: ['mentor'], knownSince }).stance).toBe(stance);
  });

  test('a single small exchange is enough to not be going it alone', () => {
    expect(judgeOne({ roles: ['peer'], entries: exchange(1, 0) }).basis).toBe('too-little-weight');
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
