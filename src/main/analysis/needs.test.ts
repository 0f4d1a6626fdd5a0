import { describe, expect, test } from 'vitest';
import { exchange, judgeOne, needs } from './fixtures';

describe('needs gap', () => {
  const balanced = exchange(5, 5);

  test.each([
    {
      name: 'their needs met, yours not (0 vs 1, 3 resolved each): one-sided, you giving',
      yours: { declined: 2, ignored: 1 },
      theirs: { met: 3 },
      flagged: true,
      stance: 'one-sided-giving',
      whose: 'theirs',
      rates: [0, 1],
    },
    {
      name: 'gap exactly 0.4 (1.00 vs 3 of 5 = 0.60): your needs count more, you receiving',
      yours: { met: 3 },
      theirs: { met: 3, declined: 2 },
      flagged: true,
      stance: 'one-sided-taking',
      whose: 'yours',
      rates: [1, 0.6],
    },
    {
      name: 'partly met counts half: (1 + ½·2) / 3 = 0.67 vs 0/3, a gap of 0.67',
      yours: { met: 1, partlyMet: 2 },
      theirs: { ignored: 3 },
      flagged: true,
      stance: 'one-sided-taking',
      whose: 'yours',
      rates: [2 / 3, 0],
    },
    {
      name: 'gap 0.375 (1.00 vs 2.5 of 4) is under the threshold',
      yours: { met: 3 },
      theirs: { met: 2, partlyMet: 1, declined: 1 },
      flagged: false,
      stance: 'interdependent',
      whose: null,
      rates: [1, 0.625],
    },
    {
      name: 'only 2 resolved on your side: no gap is judged',
      yours: { declined: 2 },
      theirs: { met: 3 },
      flagged: false,
      stance: 'interdependent',
      whose: null,
      rates: [0, 1],
    },
    {
      name: 'pending requests are not resolved: 2 resolved and 5 pending is still 2',
      yours: { declined: 2, pending: 5 },
      theirs: { met: 3 },
      flagged: false,
      stance: 'interdependent',
      whose: null,
      rates: [0, 1],
    },
  ])('$name', ({ yours, theirs, flagged, stance, whose, rates }) => {
    const finding = judgeOne({ entries: balanced, needs: needs(yours, theirs) });
    expect(finding.stance).toBe(stance);
    expect(finding.basis).toBe(flagged ? 'needs-gap' : 'balance');
    expect(finding.needs.yourMetRate).toBeCloseTo(rates[0] as number, 12);
    expect(finding.needs.theirMetRate).toBeCloseTo(rates[1] as number, 12);
    if (!flagged) {
      expect(finding.needsGap).toBeNull();
      return;
    }
    expect(finding.needsGap?.whoseNeedsCountMore).toBe(whose);
    expect(finding.needsGap?.stance).toBe(stance);
    expect(finding.needsGap?.confidence).toBeGreaterThan(0.5);
    expect(finding.confidence).toBe(finding.needsGap?.confidence);
    expect(finding.evidence.refs.filter((entry) => entry.type === 'request')).toHaveLength(
      finding.needs.yourResolved + finding.needs.theirResolved,
    );
  });

  test('a needs gap with 3 resolved on each side but 2 on one: the minimum is per side', () => {
    const three = judgeOne({ entries: balanced, needs: needs({ declined: 3 }, { met: 3 }) });
    const two = judgeOne({ entries: balanced, needs: needs({ declined: 3 }, { met: 2 }) });
    expect(three.needsGap).not.toBeNull();
    expect(two.needsGap).toBeNull();
  });

  test('only a balanced exchange is overridden; a one-sided one keeps its stance and shows the flag', () => {
    const finding = judgeOne({ entries: exchange(0, 10), needs: needs({ ignored: 3 }, { met: 3 }) });
    expect(finding.stance).toBe('one-sided-taking');
    expect(finding.basis).toBe('balance');
    expect(finding.needsGap?.whoseNeedsCountMore).toBe('theirs');
    expect(finding.needsGap?.stance).toBe('one-sided-giving');
  });

  test('the override sentence names both rates', () => {
    const finding = judgeOne({ entries: balanced, needs: needs({ declined: 2, ignored: 1 }, { met: 3 }) });
    expect(finding.sentence).toBe(
      'In the last 6 months you gave 5 and received 5 (weighted); the give share is 0.50 (90% interval 0.27–0.73), ' +
        'which is balanced, but their needs seem to count more (met rate 0.00 for your 3 resolved requests, 1.00 for ' +
        'their 3) — this looks one-sided all the same, you giving.',
    );
  });
});
