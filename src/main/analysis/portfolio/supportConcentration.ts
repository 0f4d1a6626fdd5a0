import type { SupportConcentrationFinding, SupportSource } from '../../../shared/entities/patterns';
import type { AnalysisSettings } from '../../../shared/settings';
import type { ExchangeTally } from '../balance';
import { normalCdf } from '../betaDistribution';
import { combineEvidence, PORTFOLIO_REF_LIMIT } from '../evidence';
import type { CollaboratorAggregate } from '../input';
import { atLeast } from '../tolerance';
import { formatShare, formatWeight, joinWords, plural } from '../wording';
import type { ResolvedWindow } from '../window';

export interface CollaboratorTally {
  collaborator: CollaboratorAggregate;
  tally: ExchangeTally;
}

const receivedWeight = (tally: ExchangeTally) =>
  tally.received.knowledge + tally.received.perspective + tally.received.growth;

/**
 * Mean and variance of the Herfindahl index H = Σ pᵢ² when the shares are Dirichlet(wᵢ): received
 * weights counted like the Beta counts of the balance test. Closed form, one pass over the sources:
 * E[pᵢ²] = aᵢ / (A(A+1)) with aᵢ = wᵢ(wᵢ+1), and E[H²] = (Σ wᵢ(wᵢ+1)(wᵢ+2)(wᵢ+3) + (Σaᵢ)² − Σaᵢ²) / (A(A+1)(A+2)(A+3)).
 */
export function herfindahlPosterior(weights: readonly number[]): { mean: number; variance: number } {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let sumA = 0;
  let sumASquared = 0;
  let sumFourth = 0;
  for (const w of weights) {
    const a = w * (w + 1);
    sumA += a;
    sumASquared += a * a;
    sumFourth += a * (w + 2) * (w + 3);
  }
  const d2 = total * (total + 1);
  const d4 = d2 * (total + 2) * (total + 3);
  const mean = sumA / d2;
  const secondMoment = (sumFourth + sumA * sumA - sumASquared) / d4;
  return { mean, variance: Math.max(0, secondMoment - mean * mean) };
}

/**
 * How concentrated the support received is (DOMAIN.md): the Herfindahl index of received weight,
 * all benefits, across collaborators. At or above the threshold there is one main source
 * (stance dependent, "leaning"); below it support comes from several (interdependent). With one
 * person the index is 1 whatever happens, so it needs its own evidence: under
 * `concentrationMinPeople` people with any exchange in the window, or under
 * `concentrationMinWeight` received in all, not enough data.
 *
 * Confidence: the posterior probability that H is on the claimed side of the threshold (normal
 * approximation to H's Dirichlet posterior, see herfindahlPosterior).
 */
export function supportConcentration(
  tallies: readonly CollaboratorTally[],
  window: ResolvedWindow,
  settings: AnalysisSettings,
): SupportConcentrationFinding {
  const weighted = tallies
    .map(({ collaborator, tally }) => ({ collaborator, tally, weight: receivedWeight(tally) }))
    .filter((source) => source.weight > 0);
  const total = weighted.reduce((sum, source) => sum + source.weight, 0);
  weighted.sort(
    (left, right) =>
      right.weight - left.weight || left.collaborator.name.localeCompare(right.collaborator.name),
  );
  const sources: SupportSource[] = weighted.map(({ collaborator, weight }) => ({
    collaboratorId: collaborator.id,
    name: collaborator.name,
    weight,
    share: weight / total,
  }));
  const herfindahl = total > 0 ? sources.reduce((sum, source) => sum + source.share * source.share, 0) : null;
  const mainSource = sources[0] ?? null;
  const allReceived = combineEvidence(
    weighted.map((source) => source.tally.receivedEvidence),
    PORTFOLIO_REF_LIMIT,
  );
  const base = { kind: 'support-concentration' as const, herfindahl, mainSource, sources };
  const people = tallies.filter(({ tally }) => tally.entries > 0).length;
  if (
    herfindahl === null ||
    mainSource === null ||
    people < settings.concentrationMinPeople ||
    total < settings.concentrationMinWeight
  ) {
    return {
      ...base,
      stance: 'not-enough-data',
      confidence: 0,
      sentence:
        `In ${window.label} you exchanged with ${plural(people, 'person', 'people')} and received ` +
        `${formatWeight(total)} (weighted) in all — too little yet to say where your support comes from ` +
        `(it takes ${plural(settings.concentrationMinPeople, 'person', 'people')} with exchanges and ${formatWeight(settings.concentrationMinWeight)} received).`,
      evidence: allReceived,
    };
  }
  const threshold = settings.concentrationThreshold;
  const concentrated = atLeast(herfindahl, threshold);
  const posterior = herfindahlPosterior(weighted.map((source) => source.weight));
  const sd = Math.sqrt(posterior.variance);
  const margin = concentrated ? posterior.mean - threshold : threshold - posterior.mean;
  const confidence = sd > 0 ? normalCdf(margin / sd) : margin >= 0 ? 1 : 0;
  const index = `concentration index ${formatShare(herfindahl)}`;
  if (concentrated) {
    // With two sources H is at least 0.5 whatever the split, so an even split reads as "few sources".
    const sentence =
      mainSource.share > 0.5
        ? `In ${window.label} the support you received came mainly from one source: ${mainSource.name} gave ` +
          `${formatWeight(mainSource.weight)} of ${formatWeight(total)} (weighted), a share of ` +
          `${formatShare(mainSource.share)} (${index}).`
        : `In ${window.label} the support you received was concentrated in few sources: ` +
          `${joinWords(sources.slice(0, 3).map((source) => `${source.name} ${formatShare(source.share)}`))} (${index}).`;
    return {
      ...base,
      stance: 'dependent',
      confidence,
      sentence,
      evidence: mainSource.share > 0.5 ? (weighted[0]?.tally.receivedEvidence ?? allReceived) : allReceived,
    };
  }
  return {
    ...base,
    stance: 'interdependent',
    confidence,
    sentence:
      `In ${window.label} the support you received came from ${plural(sources.length, 'source')}; the largest, ` +
      `${mainSource.name}, gave a share of ${formatShare(mainSource.share)} (${index}).`,
    evidence: allReceived,
  };
}
