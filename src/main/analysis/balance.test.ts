import { describe, expect, test } from 'vitest';
import { collaborator, entries, exchange, judgeOne, lessons, WINDOW, analyze, type CollaboratorSpec } from './fixtures';

// Default settings throughout unless a row says otherwise: band [0.35, 0.65], 90% interval,
// minimum weight 5. Interval ends for Beta(1 + G, 1 + R) are closed forms where they exist
// (Beta(a, 1): p^(1/a)) and scipy.stats.beta otherwise.

describe('the balance test', () => {
  test.each([
    {
      name: 'all given: the whole interval is above the band',
      give: 10,
      receive: 0,
      stance: 'one-sided-giving',
      leaning: null,
      interval: [0.05 ** (1 / 11), 0.9953478282678027],
      confidence: 1 - 0.65 ** 11,
    },
    {
      name: 'all received: the whole interval is below the band',
      give: 0,
      receive: 10,
      stance: 'one-sided-taking',
      leaning: null,
      interval: [0.0046521717321972985, 1 - 0.05 ** (1 / 11)],
      confidence: 1 - 0.65 ** 11,
    },
    {
      name: '14 given, 3 received: 0.82, but the interval (0.62–0.92) still reaches into the band',
      give: 14,
      receive: 3,
      stance: 'not-enough-data',
      leaning: 'giving',
      interval: [0.6233208490401574, 0.9203045911975258],
      confidence: 0.9217325082558894,
    },
    {
      name: '20 given, 2 received: the interval 0.75–0.96 clears the band',
      give: 20,
      receive: 2,
      stance: 'one-sided-giving',
      leaning: null,
      interval: [0.7507512501797403, 0.9634847002740974],
      confidence: 0.9956825745920089,
    },
    {
      name: '3 given, 12 received: 0.20, leaning toward receiving',
      give: 3,
      receive: 12,
      stance: 'not-enough-data',
      leaning: 'taking',
      interval: [0.09025243303042745, 0.4165722807061528],
      confidence: 0.8661403499619855,
    },
    {
      name: 'share exactly on the upper edge (13 of 20 = 0.65) is inside the band',
      give: 13,
      receive: 7,
      stance: 'interdependent',
      leaning: null,
      interval: [0.4640640923907075, 0.7942501012493469],
      confidence: 0.5333924147225187,
    },
    {
      name: 'share exactly on the lower edge (7 of 20 = 0.35) is inside the band',
      give: 7,
      receive: 13,
      stance: 'interdependent',
      leaning: null,
      interval: [0.20574989875065305, 0.5359359076092924],
      confidence: 0.5333924147225187,
    },
    {
      name: 'just above the edge (14 of 21 = 0.67) leans toward giving',
      give: 14,
      receive: 7,
      stance: 'not-enough-data',
      leaning: 'giving',
      interval: [0.48454325739157134, 0.8044373834518446],
      confidence: 0.5264407154847287,
    },
    {
      name: 'total weight exactly the minimum (3 + 2 = 5) is judged: 0.60 is balanced',
      give: 3,
      receive: 2,
      stance: 'interdependent',
      leaning: null,
      interval: [0.2713383725197525, 0.8468388820247768],
      confidence: 0.52966125,
    },
    {
      name: 'total weight exactly the minimum, all given: leaning, not one-sided',
      give: 5,
      receive: 0,
      stance: 'not-enough-data',
      leaning: 'giving',
      interval: [0.05 ** (1 / 6), 0.9914875553891529],
      confidence: 0.924581109375,
    },
  ])('$name', ({ give, receive, stance, leaning, interval, confidence }) => {
    const finding = judgeOne({ entries: exchange(give, receive) });
    expect(finding.stance).toBe(stance);
    expect(finding.basis).toBe('balance');
    expect(finding.leaning).toBe(leaning);
    expect(finding.give).toBe(give);
    expect(finding.receive).toBe(receive);
    expect(finding.giveShare).toBeCloseTo(give / (give + receive), 12);
    expect(finding.interval.level).toBe(0.9);
    expect(finding.interval.low).toBeCloseTo(interval[0] as number, 10);
    expect(finding.interval.high).toBeCloseTo(interval[1] as number, 10);
    expect(finding.confidence).toBeCloseTo(confidence, 9);
    expect(finding.evidence.total).toBe(give + receive);
  });

  test.each([
    { name: 'one under the minimum, all given (4)', give: 4, receive: 0 },
    { name: 'one under the minimum, even (2 and 2)', give: 2, receive: 2 },
    { name: 'nothing at all', give: 0, receive: 0 },
  ])('total weight $name is not enough data, claiming nothing', ({ give, receive }) => {
    const finding = judgeOne({ entries: exchange(give, receive) });
    expect(finding.stance).toBe('not-enough-data');
    expect(finding.basis).toBe('too-little-weight');
    expect(finding.leaning).toBeNull();
    expect(finding.confidence).toBe(0);
  });

  test('weights count, not entries: two large and one small given against one medium received', () => {
    const finding = judgeOne({
      entries: [
        { direction: 'given', weight: 3 },
        { direction: 'given', weight: 3 },
        { direction: 'given', weight: 1 },
        { direction: 'received', weight: 2 },
      ],
    });
    expect([finding.give, finding.receive]).toEqual([7, 2]);
    expect(finding.evidence.total).toBe(4);
  });

  test('a wider band and another interval level change the verdict', () => {
    const spec = { entries: exchange(14, 3) };
    expect(judgeOne(spec, { balancedBandHigh: 0.85 }).stance).toBe('interdependent');
    // At 80% the interval of Beta(15, 4) starts above 0.65.
    expect(judgeOne(spec, { intervalLevel: 0.8 }).stance).toBe('one-sided-giving');
    expect(judgeOne(spec, { minimumWeight: 18 }).basis).toBe('too-little-weight');
  });

  test('the sentence carries the window in words and the numbers', () => {
    expect(judgeOne({ entries: exchange(20, 2) }).sentence).toBe(
      'In the last 6 months you gave 20 and received 2 (weighted); the give share is 0.91 ' +
        '(90% interval 0.75–0.96) — this looks one-sided, you giving.',
    );
    expect(judgeOne({ entries: exchange(14, 3) }).sentence).toBe(
      'In the last 6 months you gave 14 and received 3 (weighted); the give share is 0.82 ' +
        '(90% interval 0.62–0.92) — not enough data yet, leaning toward you giving.',
    );
    expect(judgeOne({ entries: exchange(3, 2) }).sentence).toMatch(/— this looks balanced\.$/);
    expect(judgeOne({ entries: exchange(2, 2) }).sentence).toBe(
      'In the last 6 months you gave 2 and received 2 (weighted) — not enough data yet to say (a total of 5 is needed).',
    );
  });

  test('the monthly series covers every month of the window, split by benefit', () => {
    const finding = judgeOne({
      entries: [
        { direction: 'given', benefit: 'growth', weight: 2, date: '2026-02-10' },
        { direction: 'received', benefit: 'knowledge', weight: 3, date: '2026-02-11' },
        { direction: 'received', benefit: 'perspective', weight: 1, date: '2026-05-01' },
      ],
    });
    expect(finding.months.map((point) => point.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(finding.months[1]).toEqual({
      month: '2026-02',
      given: { knowledge: 0, perspective: 0, growth: 2 },
      received: { knowledge: 3, perspective: 0, growth: 0 },
    });
    expect(finding.months[4]?.received.perspective).toBe(1);
  });
});

describe('the mentor exception', () => {
  const mentorship: CollaboratorSpec = {
    entries: [
      ...entries('received', 10, { benefit: 'knowledge', type: 'lesson' }),
      ...entries('given', 3, { benefit: 'perspective' }),
      ...entries('received', 2, { benefit: 'growth' }),
    ],
  };

  test('with a mentor, knowledge is left out: 3 given against 2 received is balanced', () => {
    const finding = judgeOne({ ...mentorship, roles: ['mentor'] });
    expect([finding.give, finding.receive]).toEqual([3, 2]);
    expect(finding.excludedBenefits).toEqual(['knowledge']);
    expect(finding.stance).toBe('interdependent');
    expect(finding.evidence.total).toBe(5);
    expect(finding.evidence.refs.every((entry) => entry.type !== 'lesson')).toBe(true);
    expect(finding.sentence).toMatch(/^In the last 6 months, leaving knowledge aside \(they are your mentor\), you gave 3/);
    // The chart still shows the lessons.
    expect(finding.months.reduce((sum, point) => sum + point.received.knowledge, 0)).toBe(10);
  });

  test('the same log with a peer counts the lessons: 3 against 12', () => {
    const finding = judgeOne({ ...mentorship, roles: ['peer'] });
    expect([finding.give, finding.receive]).toEqual([3, 12]);
    expect(finding.excludedBenefits).toEqual([]);
    expect(finding.stance).toBe('not-enough-data');
    expect(finding.leaning).toBe('taking');
  });

  test('with a mentee the knowledge the user teaches is left out as well', () => {
    const finding = judgeOne({
      roles: ['mentee'],
      entries: [...entries('given', 12, { benefit: 'knowledge' }), ...exchange(3, 3, 'growth')],
    });
    expect([finding.give, finding.receive]).toEqual([3, 3]);
    expect(finding.stance).toBe('interdependent');
    expect(finding.sentence).toContain('(you are their mentor)');
  });
});

describe('the window', () => {
  test('entries, lessons and refs dated outside the window are ignored', () => {
    const finding = judgeOne({
      roles: ['peer'],
      entries: [
        ...entries('given', 10, { date: '2025-12-31' }),
        ...entries('received', 10, { date: '2026-07-01' }),
        // A day before the window, in a month the window shares.
        ...entries('given', 4, { date: '2026-01-01' }),
        ...entries('given', 3, { date: '2026-01-02' }),
        ...entries('received', 2, { date: '2026-06-30' }),
      ],
      learnerLessons: lessons([1, 1, 1, 1]).map((lesson) => ({ ...lesson, date: '2025-06-01' })),
    });
    expect([finding.give, finding.receive]).toEqual([3, 2]);
    expect(finding.evidence.total).toBe(5);
    expect(finding.evidence.refs.map((entry) => entry.date).sort()).toEqual([
      '2026-01-02',
      '2026-01-02',
      '2026-01-02',
      '2026-06-30',
      '2026-06-30',
    ]);
    expect(finding.learnerPath).toBeNull();
  });

  test('cells of months outside the window are ignored', () => {
    const person = collaborator({ entries: exchange(3, 2) });
    const withStrayMonths = {
      ...person,
      months: [
        ...person.months,
        { month: '2025-12', direction: 'given' as const, benefit: 'growth' as const, weight: 30, count: 10 },
        { month: '2026-07', direction: 'received' as const, benefit: 'growth' as const, weight: 30, count: 10 },
      ],
    };
    const finding = analyze([withStrayMonths]).relationships[0];
    expect([finding?.give, finding?.receive]).toEqual([3, 2]);
  });

  test('with nothing inside the window, shared active work is going it alone', () => {
    const finding = judgeOne({ roles: ['peer'], activeSharedProjectIds: ['project-a'], entries: entries('given', 10, { date: '2025-11-15' }) });
    expect(finding.stance).toBe('going-it-alone');
  });

  test('a shorter window reads differently and counts less', () => {
    const spec = { entries: [...entries('given', 6, { date: '2026-02-01' }), ...entries('received', 6, { date: '2026-06-20' })] };
    const june = { from: '2026-06-01', to: '2026-06-30' };
    const finding = analyze([collaborator(spec, june)], { window: june }).relationships[0];
    expect(finding?.give).toBe(0);
    expect(finding?.receive).toBe(6);
    expect(finding?.sentence.startsWith('In the last month you gave 0 and received 6')).toBe(true);
  });

  test('the window is reported with its label', () => {
    expect(analyze([]).window).toEqual({ from: WINDOW.from, to: WINDOW.to, days: 180, label: 'the last 6 months' });
  });
});
