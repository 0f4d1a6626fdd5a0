import { BENEFITS, type Benefit } from '../../../shared/entities/exchange';
import type { BenefitWeights, MissingBenefitsFinding } from '../../../shared/entities/patterns';
import type { AnalysisSettings } from '../../../shared/settings';
import { combineEvidence, PORTFOLIO_REF_LIMIT } from '../evidence';
import { formatWeight, joinWords, plural } from '../wording';
import type { ResolvedWindow } from '../window';
import type { CollaboratorTally } from './supportConcentration';

const sumWeights = (weights: BenefitWeights) => weights.knowledge + weights.perspective + weights.growth;

/**
 * Which of knowledge, perspective and growth the user received none of in the window (all
 * collaborators). A missing benefit points to going it alone; all three present to
 * interdependence; under `missingBenefitsMinEntries` exchanges in all (given and received), not
 * enough data: a single lesson carries one benefit and says nothing about the other two.
 *
 * Confidence of "missing": how unlikely the gap would be by chance if the three benefits were
 * equally common — 1 − ((3 − k) / 3)ⁿ for k missing benefits over n received entries; with nothing
 * received at all, 1 − ½ᵍ over the g entries given (as if giving and receiving were equally likely).
 * All three present is a fact of the log: confidence 1.
 */
export function missingBenefits(
  tallies: readonly CollaboratorTally[],
  window: ResolvedWindow,
  settings: AnalysisSettings,
): MissingBenefitsFinding {
  const given: BenefitWeights = { knowledge: 0, perspective: 0, growth: 0 };
  const received: BenefitWeights = { knowledge: 0, perspective: 0, growth: 0 };
  let givenEntries = 0;
  let receivedEntries = 0;
  for (const { tally } of tallies) {
    for (const benefit of BENEFITS) {
      given[benefit] += tally.given[benefit];
      received[benefit] += tally.received[benefit];
    }
    givenEntries += tally.givenEntries;
    receivedEntries += tally.receivedEntries;
  }
  const receivedEvidence = combineEvidence(
    tallies.map(({ tally }) => tally.receivedEvidence),
    PORTFOLIO_REF_LIMIT,
  );
  const missing: Benefit[] = BENEFITS.filter((benefit) => received[benefit] === 0);
  const base = { kind: 'missing-benefits' as const, missing, given, received };
  const totalEntries = givenEntries + receivedEntries;
  if (totalEntries < settings.missingBenefitsMinEntries) {
    return {
      ...base,
      stance: 'not-enough-data',
      confidence: 0,
      sentence:
        `In ${window.label} the log holds ${plural(totalEntries, 'exchange')} in all — ` +
        `too little yet to say which kinds of input are missing (${settings.missingBenefitsMinEntries} needed).`,
      evidence: combineEvidence(
        tallies.flatMap(({ tally }) => [tally.givenEvidence, tally.receivedEvidence]),
        PORTFOLIO_REF_LIMIT,
      ),
    };
  }
  const present = BENEFITS.filter((benefit) => received[benefit] > 0).map(
    (benefit) => `${benefit} ${formatWeight(received[benefit])}`,
  );
  if (missing.length === 0) {
    return {
      ...base,
      stance: 'interdependent',
      confidence: 1,
      sentence: `In ${window.label} you received all three kinds of input: ${joinWords(present)} (weighted).`,
      evidence: receivedEvidence,
    };
  }
  if (receivedEntries === 0) {
    return {
      ...base,
      stance: 'going-it-alone',
      confidence: 1 - 0.5 ** givenEntries,
      sentence:
        `In ${window.label} you gave ${formatWeight(sumWeights(given))} (weighted) and received nothing — ` +
        'no knowledge, perspective or growth came your way in the log.',
      evidence: combineEvidence(
        tallies.map(({ tally }) => tally.givenEvidence),
        PORTFOLIO_REF_LIMIT,
      ),
    };
  }
  return {
    ...base,
    stance: 'going-it-alone',
    confidence: 1 - ((BENEFITS.length - missing.length) / BENEFITS.length) ** receivedEntries,
    sentence:
      `In ${window.label} nothing you received carried ${joinWords(missing)}; you received ${joinWords(present)} ` +
      `(weighted) — ${missing.length === 1 ? 'that kind of input looks' : 'those kinds of input look'} missing.`,
    evidence: receivedEvidence,
  };
}
