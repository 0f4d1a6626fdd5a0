import type { Benefit } from '../../shared/entities/exchange';
import type {
  BenefitWeights,
  Evidence,
  GiveShareInterval,
  MonthlyBalance,
} from '../../shared/entities/patterns';
import type { AnalysisSettings } from '../../shared/settings';
import { betaCdf, betaInterval } from './betaDistribution';
import { evidenceOfEach } from './evidence';
import type { CollaboratorAggregate } from './input';
import { isMentorship } from './mentorship';
import { above, atLeast, atMost, below } from './tolerance';
import { inWindow, type ResolvedWindow } from './window';

const zeroWeights = (): BenefitWeights => ({ knowledge: 0, perspective: 0, growth: 0 });

/** Give and receive in one half of the window (for the trend). */
export interface HalfTally {
  give: number;
  receive: number;
}

/** One pass over a collaborator's cells and entries in the window. */
export interface ExchangeTally {
  /** Weighted give and receive after the mentor exception: what the balance test sees. */
  give: number;
  receive: number;
  excludedBenefits: Benefit[];
  /** Ledger entries behind give and receive, and the refs the caller passed for them. */
  balanceEvidence: Evidence;
  /** Every exchange in the window, all benefits, for "was there any exchange at all". */
  entries: number;
  /** All benefits, for the portfolio: support received, benefits present. */
  given: BenefitWeights;
  received: BenefitWeights;
  givenEntries: number;
  receivedEntries: number;
  givenEvidence: Evidence;
  receivedEvidence: Evidence;
  months: MonthlyBalance[];
  firstHalf: HalfTally;
  secondHalf: HalfTally;
}

/**
 * With a mentor or a mentee, teaching is the point of the relationship: knowledge flows one way by
 * design, so the balance test leaves it out (DOMAIN.md) and the learner path is judged instead.
 */
function excludedBenefitsFor(collaborator: Pick<CollaboratorAggregate, 'roles'>): Benefit[] {
  return isMentorship(collaborator) ? ['knowledge'] : [];
}

export function tallyExchanges(collaborator: CollaboratorAggregate, window: ResolvedWindow): ExchangeTally {
  const excludedBenefits = excludedBenefitsFor(collaborator);
  const counts = (benefit: Benefit) => !excludedBenefits.includes(benefit);
  const months: MonthlyBalance[] = window.months.map(({ month }) => ({
    month,
    given: zeroWeights(),
    received: zeroWeights(),
  }));
  const tally: ExchangeTally = {
    give: 0,
    receive: 0,
    excludedBenefits,
    balanceEvidence: { refs: [], total: 0 },
    entries: 0,
    given: zeroWeights(),
    received: zeroWeights(),
    givenEntries: 0,
    receivedEntries: 0,
    givenEvidence: { refs: [], total: 0 },
    receivedEvidence: { refs: [], total: 0 },
    months,
    firstHalf: { give: 0, receive: 0 },
    secondHalf: { give: 0, receive: 0 },
  };
  let balanceEntries = 0;
  for (const cell of collaborator.months) {
    const index = window.monthIndex.get(cell.month);
    if (index === undefined) continue;
    const point = months[index] as MonthlyBalance;
    const given = cell.direction === 'given';
    (given ? point.given : point.received)[cell.benefit] += cell.weight;
    (given ? tally.given : tally.received)[cell.benefit] += cell.weight;
    if (given) tally.givenEntries += cell.count;
    else tally.receivedEntries += cell.count;
    tally.entries += cell.count;
    if (!counts(cell.benefit)) continue;
    balanceEntries += cell.count;
    if (given) tally.give += cell.weight;
    else tally.receive += cell.weight;
    const half = window.months[index]?.half;
    const halfTally = half === 'first' ? tally.firstHalf : half === 'second' ? tally.secondHalf : null;
    if (halfTally && given) halfTally.give += cell.weight;
    else if (halfTally) halfTally.receive += cell.weight;
  }
  const inside = collaborator.exchanges.filter((entry) => inWindow(window, entry.date));
  [tally.givenEvidence, tally.receivedEvidence, tally.balanceEvidence] = evidenceOfEach(inside, [
    { takes: (entry) => entry.direction === 'given', total: tally.givenEntries },
    { takes: (entry) => entry.direction !== 'given', total: tally.receivedEntries },
    { takes: (entry) => counts(entry.benefit), total: balanceEntries },
  ]) as [Evidence, Evidence, Evidence];
  return tally;
}

/** Where the give share sits against the balanced band, and how the posterior mass divides around it. */
export interface BalanceJudgement {
  giveShare: number | null;
  interval: GiveShareInterval;
  position: 'below' | 'inside' | 'above';
  /** The whole interval lies outside the band, on the side of `position`. */
  intervalOutside: boolean;
  /** Posterior probability of a give share below, inside and above the band. */
  massBelow: number;
  massInside: number;
  massAbove: number;
}

/**
 * The balance test of DOMAIN.md: the give share s = G / (G + R) against the band, with its
 * uncertainty from Beta(1 + G, 1 + R). The band is closed: a share exactly on an edge is inside.
 */
export function judgeBalance(give: number, receive: number, settings: AnalysisSettings): BalanceJudgement {
  const a = 1 + give;
  const b = 1 + receive;
  const { low, high } = betaInterval(settings.intervalLevel, a, b);
  const total = give + receive;
  const giveShare = total > 0 ? give / total : null;
  // With nothing logged the estimate is undefined; the prior's centre (0.5) places it inside the band.
  const estimate = giveShare ?? 0.5;
  const bandLow = settings.balancedBandLow;
  const bandHigh = settings.balancedBandHigh;
  const position = below(estimate, bandLow) ? 'below' : above(estimate, bandHigh) ? 'above' : 'inside';
  const intervalOutside =
    (position === 'above' && above(low, bandHigh)) || (position === 'below' && below(high, bandLow));
  const massBelow = betaCdf(bandLow, a, b);
  const massAbove = 1 - betaCdf(bandHigh, a, b);
  return {
    giveShare,
    interval: { level: settings.intervalLevel, low, high },
    position,
    intervalOutside,
    massBelow,
    massInside: Math.max(0, 1 - massBelow - massAbove),
    massAbove,
  };
}

/** The band position of any share, for the trend's "where is it heading". */
export function bandPosition(share: number, settings: AnalysisSettings): 'below' | 'inside' | 'above' {
  if (atLeast(share, settings.balancedBandLow) && atMost(share, settings.balancedBandHigh)) return 'inside';
  return share < settings.balancedBandLow ? 'below' : 'above';
}
