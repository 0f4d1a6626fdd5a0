import { z } from 'zod';
import { ENTRY_KINDS } from '../kinds/entryKind';
import { IsoDate } from './common';
import { CollaboratorRole } from './collaborator';
import { Benefit } from './exchange';

/**
 * What the pattern engine (src/main/analysis) says about the log. These cross to the renderer,
 * so they are schemas; the engine builds them, the Patterns page, a person's balance panel,
 * the Dashboard and `npm run analyze --json` read them.
 */

/** Exactly one per relationship and per portfolio finding (DOMAIN.md, "The four stances"). */
export const Stance = z.enum([
  'interdependent',
  'one-sided-giving',
  'one-sided-taking',
  'dependent',
  'going-it-alone',
  'not-enough-data',
]);
export type Stance = z.infer<typeof Stance>;

/** How findings are grouped on the Patterns page: what asks for attention first. */
export const STANCE_ORDER: readonly Stance[] = [
  'one-sided-giving',
  'one-sided-taking',
  'dependent',
  'going-it-alone',
  'interdependent',
  'not-enough-data',
];

/** Headings in the product's words: they describe a relationship, never a person. */
export const STANCE_LABELS: Record<Stance, string> = {
  interdependent: 'Balanced',
  'one-sided-giving': 'One-sided: you giving',
  'one-sided-taking': 'One-sided: you receiving',
  dependent: 'Not yet standing alone',
  'going-it-alone': 'Going it alone',
  'not-enough-data': 'Not enough data yet',
};

/** Which rule decided a relationship's stance (the precedence is documented in analysis/relationship.ts). */
export const StanceBasis = z.enum(['learner-path', 'no-exchange', 'too-little-weight', 'balance', 'needs-gap']);
export type StanceBasis = z.infer<typeof StanceBasis>;

/** The side a "not enough data yet" relationship leans to: the estimate is outside the band, the interval is not. */
export const Leaning = z.enum(['giving', 'taking']);
export type Leaning = z.infer<typeof Leaning>;

export const TrendDirection = z.enum(['rising', 'falling', 'steady']);
export type TrendDirection = z.infer<typeof TrendDirection>;

/** The entry a finding rests on; the UI opens /feedback/:id, /lessons/:id, /help/:id, /requests/:id, /projects/:id. */
export const EvidenceType = z.enum([...ENTRY_KINDS, 'project']);
export type EvidenceType = z.infer<typeof EvidenceType>;

export const EvidenceRef = z.object({
  type: EvidenceType,
  /** For feedback and lessons the entry's own id (the ledger's source_id); for help the exchange id. */
  id: z.string().min(1),
  /** The entry's date; null for projects. */
  date: IsoDate.nullable(),
});
export type EvidenceRef = z.infer<typeof EvidenceRef>;

/**
 * The entries behind a finding, newest first. `total` counts all of them; `refs` may hold fewer
 * when the caller capped the entries it passed in, so the UI can say "17 entries, showing 10".
 * patterns.report lists none (the count only): patterns.evidence lists a finding's entries when
 * it is opened.
 */
export const Evidence = z.object({
  refs: z.array(EvidenceRef),
  total: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

const unit = z.number().min(0).max(1);
const rate = unit.nullable();

/** Equal-tailed credible interval of the give share under Beta(1 + give, 1 + receive). */
export const GiveShareInterval = z.object({
  level: z.number(),
  low: unit,
  high: unit,
});
export type GiveShareInterval = z.infer<typeof GiveShareInterval>;

export const BenefitWeights = z.object({
  knowledge: z.number().nonnegative(),
  perspective: z.number().nonnegative(),
  growth: z.number().nonnegative(),
});
export type BenefitWeights = z.infer<typeof BenefitWeights>;

/** One month of a relationship for the give-vs-take chart; every month of the window is present, zeros included. */
export const MonthlyBalance = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  given: BenefitWeights,
  received: BenefitWeights,
});
export type MonthlyBalance = z.infer<typeof MonthlyBalance>;

/** Met rate = (met + ½·partly met) / resolved; null when nothing is resolved. */
export const NeedsSummary = z.object({
  yourMetRate: rate,
  theirMetRate: rate,
  yourResolved: z.number().int().nonnegative(),
  theirResolved: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
});
export type NeedsSummary = z.infer<typeof NeedsSummary>;

/** What every flag and finding carries (DOMAIN.md): the stance it points to, how sure, one sentence, the entries. */
const findingCore = {
  stance: Stance,
  /** 0..1, defined per finding in src/main/analysis (mostly a posterior probability of the claim). */
  confidence: unit,
  /** Plain words; a calendar day in it is written 'YYYY-MM-DD', for each client to write in its user's locale. */
  sentence: z.string(),
  evidence: Evidence,
};

export const NeedsGapFlag = z.object({
  ...findingCore,
  whoseNeedsCountMore: z.enum(['yours', 'theirs']),
  yourMetRate: unit,
  theirMetRate: unit,
  /** |yourMetRate − theirMetRate|. */
  gap: unit,
  yourResolved: z.number().int().nonnegative(),
  theirResolved: z.number().int().nonnegative(),
});
export type NeedsGapFlag = z.infer<typeof NeedsGapFlag>;

export const TrendFlag = z.object({
  ...findingCore,
  direction: TrendDirection,
  firstHalfGiveShare: unit,
  secondHalfGiveShare: unit,
});
export type TrendFlag = z.infer<typeof TrendFlag>;

/** Where a learner stands: the user's lessons with this collaborator. */
export const LearnerPathState = z.enum(['not-yet-standing-alone', 'toward-standing-alone', 'mixed', 'too-little-data']);
export type LearnerPathState = z.infer<typeof LearnerPathState>;

export const FeedbackOutcomes = z.object({
  applied: z.number().int().nonnegative(),
  partlyApplied: z.number().int().nonnegative(),
  declined: z.number().int().nonnegative(),
  discussed: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
});
export type FeedbackOutcomes = z.infer<typeof FeedbackOutcomes>;

export const LearnerPath = z.object({
  state: LearnerPathState,
  lessons: z.number().int().nonnegative(),
  /** Lessons with a confidence rating; the slope is over all of them. */
  ratedLessons: z.number().int().nonnegative(),
  /**
   * Confidence to do it alone (1–5) for each of the newest rated lessons (at most ratedLessons),
   * oldest first: the line on a person's page. patterns.report, whose page draws no line, sends none.
   */
  confidence: z.array(z.object({ lessonId: z.string(), date: IsoDate, confidence: z.number() })),
  /** Least-squares slope of confidence per rated lesson; null with fewer than two rated lessons. */
  confidenceSlope: z.number().nullable(),
  standingAloneTrend: TrendDirection.nullable(),
  practiceTotal: z.number().int().nonnegative(),
  practiceDone: z.number().int().nonnegative(),
  practiceDoneRate: rate,
  /** Feedback received from this collaborator in the window. */
  feedback: FeedbackOutcomes,
  /** (applied + ½·partly applied) / resolved (applied, partly applied, declined, discussed). */
  feedbackAppliedRate: rate,
  sentence: z.string(),
  evidence: Evidence,
});
export type LearnerPath = z.infer<typeof LearnerPath>;

export const RelationshipFinding = z.object({
  ...findingCore,
  collaborator: z.object({
    id: z.string(),
    name: z.string(),
    roles: z.array(CollaboratorRole),
    isGroup: z.boolean(),
  }),
  basis: StanceBasis,
  leaning: Leaning.nullable(),
  /** Weighted give and receive in the window, after the mentor exception. */
  give: z.number().nonnegative(),
  receive: z.number().nonnegative(),
  /** give / (give + receive); null when both are 0. */
  giveShare: rate,
  interval: GiveShareInterval,
  /** Benefits left out of the balance test (knowledge with a mentor or mentee). */
  excludedBenefits: z.array(Benefit),
  needs: NeedsSummary,
  needsGap: NeedsGapFlag.nullable(),
  trend: TrendFlag.nullable(),
  learnerPath: LearnerPath.nullable(),
  /** Ledger rows in the window, every benefit (knowledge with a mentor too): 0 = nothing exchanged. */
  exchangeCount: z.number().int().nonnegative(),
  /** The give-and-take chart on a person's page. patterns.report, whose page draws no chart, sends none. */
  months: z.array(MonthlyBalance),
});
export type RelationshipFinding = z.infer<typeof RelationshipFinding>;

export const SupportSource = z.object({
  collaboratorId: z.string(),
  name: z.string(),
  weight: z.number().nonnegative(),
  share: unit,
});
export type SupportSource = z.infer<typeof SupportSource>;

export const SupportConcentrationFinding = z.object({
  ...findingCore,
  kind: z.literal('support-concentration'),
  /** Σ share² over received weight; null when nothing was received. */
  herfindahl: rate,
  /** The largest source (the sentence names it when the support is concentrated); null when nothing was received. */
  mainSource: SupportSource.nullable(),
  /** Every source with received weight, largest first. */
  sources: z.array(SupportSource),
});
export type SupportConcentrationFinding = z.infer<typeof SupportConcentrationFinding>;

export const MissingBenefitsFinding = z.object({
  ...findingCore,
  kind: z.literal('missing-benefits'),
  missing: z.array(Benefit),
  received: BenefitWeights,
  given: BenefitWeights,
});
export type MissingBenefitsFinding = z.infer<typeof MissingBenefitsFinding>;

export const NoInputStretch = z.object({
  projectId: z.string(),
  projectTitle: z.string(),
  /** First and last day with no input, inclusive. */
  from: IsoDate,
  to: IsoDate,
  days: z.number().int().positive(),
});
export type NoInputStretch = z.infer<typeof NoInputStretch>;

export const NoInputStretchesFinding = z.object({
  ...findingCore,
  kind: z.literal('no-input-stretches'),
  activeProjects: z.number().int().nonnegative(),
  /** Longest first. */
  stretches: z.array(NoInputStretch),
});
export type NoInputStretchesFinding = z.infer<typeof NoInputStretchesFinding>;

export const DeclinedFeedbackFinding = z.object({
  ...findingCore,
  kind: z.literal('declined-feedback'),
  outcomes: FeedbackOutcomes,
  resolved: z.number().int().nonnegative(),
  declinedShare: rate,
});
export type DeclinedFeedbackFinding = z.infer<typeof DeclinedFeedbackFinding>;

export const PortfolioFinding = z.discriminatedUnion('kind', [
  SupportConcentrationFinding,
  MissingBenefitsFinding,
  NoInputStretchesFinding,
  DeclinedFeedbackFinding,
]);
export type PortfolioFinding = z.infer<typeof PortfolioFinding>;

/** The four portfolio findings, in the report's order. */
export const PortfolioKind = z.enum(['support-concentration', 'missing-benefits', 'no-input-stretches', 'declined-feedback']);
export type PortfolioKind = z.infer<typeof PortfolioKind>;

export const PatternWindow = z.object({
  from: IsoDate,
  to: IsoDate,
  days: z.number().int().positive(),
  /** The window in words, "the last 6 months". */
  label: z.string(),
});
export type PatternWindow = z.infer<typeof PatternWindow>;

export const PatternReport = z.object({
  window: PatternWindow,
  /** Grouped by stance in STANCE_ORDER, most certain first within a group. */
  relationships: z.array(RelationshipFinding),
  /** Always the four kinds, in this order: concentration, missing benefits, no-input stretches, declined feedback. */
  portfolio: z.array(PortfolioFinding),
});
export type PatternReport = z.infer<typeof PatternReport>;
