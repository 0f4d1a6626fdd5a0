import type { Evidence, Stance, TrendFlag } from '../../shared/entities/patterns';
import type { AnalysisSettings } from '../../shared/settings';
import { bandPosition, type HalfTally } from './balance';
import { probabilityDifferenceAbove } from './betaDistribution';
import { atLeast, atMost } from './tolerance';
import { formatShare } from './wording';
import type { ResolvedWindow } from './window';

const STANCE_OF_POSITION: Record<'below' | 'inside' | 'above', Stance> = {
  below: 'one-sided-taking',
  inside: 'interdependent',
  above: 'one-sided-giving',
};

/**
 * The give share in the first half of the window against the second (each month goes to the half
 * that holds most of its days). Judged only when each half holds at least half the minimum weight,
 * so that one stray entry cannot make a trend.
 *
 * The flag points to where the relationship is heading: the stance the second half's share would
 * have on its own. Confidence: for rising/falling the probability that the second half's share
 * really is higher/lower; for steady the probability that it moved less than `trendMinChange`
 * (each half's share as Beta(1 + give, 1 + receive)).
 */
export function trendFlag(
  firstHalf: HalfTally,
  secondHalf: HalfTally,
  evidence: Evidence,
  window: ResolvedWindow,
  settings: AnalysisSettings,
): TrendFlag | null {
  const firstTotal = firstHalf.give + firstHalf.receive;
  const secondTotal = secondHalf.give + secondHalf.receive;
  const minimum = settings.minimumWeight / 2;
  if (firstTotal < minimum || secondTotal < minimum) return null;
  const firstHalfGiveShare = firstHalf.give / firstTotal;
  const secondHalfGiveShare = secondHalf.give / secondTotal;
  const change = secondHalfGiveShare - firstHalfGiveShare;
  const step = settings.trendMinChange;
  const direction = atLeast(change, step) ? 'rising' : atMost(change, -step) ? 'falling' : 'steady';
  const later = { a: 1 + secondHalf.give, b: 1 + secondHalf.receive };
  const earlier = { a: 1 + firstHalf.give, b: 1 + firstHalf.receive };
  const confidence =
    direction === 'rising'
      ? probabilityDifferenceAbove(later, earlier, 0)
      : direction === 'falling'
        ? probabilityDifferenceAbove(earlier, later, 0)
        : Math.max(0, probabilityDifferenceAbove(later, earlier, -step) - probabilityDifferenceAbove(later, earlier, step));
  const first = formatShare(firstHalfGiveShare);
  const second = formatShare(secondHalfGiveShare);
  const sentence =
    direction === 'steady'
      ? `The give share was ${first} in the first half of ${window.label} and ${second} in the second — steady.`
      : `The give share went from ${first} in the first half of ${window.label} to ${second} in the second — ${direction}.`;
  return {
    stance: STANCE_OF_POSITION[bandPosition(secondHalfGiveShare, settings)],
    confidence,
    sentence,
    evidence,
    direction,
    firstHalfGiveShare,
    secondHalfGiveShare,
  };
}
