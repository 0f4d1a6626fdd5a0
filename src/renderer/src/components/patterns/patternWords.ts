import { ENTRY_KINDS, KINDS, type EntryKind } from '../../../../shared/kinds';
import { BENEFITS, type Benefit } from '../../../../shared/entities/exchange';
import type {
  EvidenceType,
  PortfolioKind,
  RelationshipFinding,
  Stance,
} from '../../../../shared/entities/patterns';
import type { Tone } from '../Badge';

/**
 * The words and tones the pattern views share. They describe what the log shows about a
 * relationship, never what a person is (DOMAIN.md: reflect, never diagnose).
 */

/** Calm tones: nothing is red, because nothing here is an error. Tone is never the only signal. */
export const STANCE_TONE: Record<Stance, Tone> = {
  'one-sided-giving': 'amber',
  'one-sided-taking': 'amber',
  dependent: 'violet',
  'going-it-alone': 'blue',
  interdependent: 'green',
  'not-enough-data': 'neutral',
};

/** One line under each stance's heading on the Patterns page: what puts a relationship there. */
export const STANCE_HINT: Record<Stance, string> = {
  'one-sided-giving': 'Far more comes from you than from them, clearly enough that a few more entries would not change it — or give and take are even but your requests are met far less often than theirs.',
  'one-sided-taking': 'Far more comes from them than from you, clearly enough that a few more entries would not change it — or give and take are even but their requests are met far less often than yours.',
  dependent: 'Lessons where confidence to do it alone is not rising and most practice is not done. A normal stage with a teacher — what matters is the direction.',
  'going-it-alone': 'Active work you share, with nothing exchanged at all in the window.',
  interdependent: 'Give and take both flow, and both sides’ requests are met.',
  'not-enough-data': 'Too little logged to say yet, or it leans one way but a few more entries could still change the picture.',
};

/** The stances that ask for a look: the Dashboard's "Needs attention" and the attention counts. */
export const ATTENTION_STANCES: ReadonlySet<Stance> = new Set<Stance>([
  'one-sided-giving',
  'one-sided-taking',
  'dependent',
  'going-it-alone',
]);

export const needsAttention = (stance: Stance) => ATTENTION_STANCES.has(stance);

/** Benefit names in running text. */
export const BENEFIT_WORD: Record<Benefit, string> = { knowledge: 'knowledge', perspective: 'perspective', growth: 'growth' };

export const EVIDENCE_TYPE_LABEL: Record<EvidenceType, string> = {
  ...(Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, KINDS[kind].labels.one])) as Record<EntryKind, string>),
  project: 'Project',
};

export const PORTFOLIO_TITLE: Record<PortfolioKind, string> = {
  'support-concentration': 'Where support comes from',
  'missing-benefits': 'Kinds of input received',
  'no-input-stretches': 'Stretches without input',
  'declined-feedback': 'Feedback you received',
};

/** Shares and rates as the engine writes them: two decimals. */
/** A month's (or a window's) weight over every benefit. */
export const sumWeights = (weights: Record<Benefit, number>) => BENEFITS.reduce((total, benefit) => total + weights[benefit], 0);

export const formatShare = (share: number) => share.toFixed(2);

/** A signed slope as the engine writes it, "+0.40" or "−0.10" (a real minus sign). */
export function formatSlope(slope: number): string {
  const rounded = slope.toFixed(2);
  if (Number(rounded) === 0) return '0.00';
  return slope > 0 ? `+${rounded}` : `\u2212${rounded.slice(1)}`;
}

/** Weights are whole numbers from the log; a fraction only appears with unusual input. */
export const formatWeight = (weight: number) => (Number.isInteger(weight) ? String(weight) : weight.toFixed(1));

export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;

/** A probability as a percentage that never rounds to a certainty the numbers do not give: ">99%", "<1%". */
export function formatConfidence(confidence: number): string {
  if (confidence >= 1) return '100%';
  if (confidence > 0.99) return '>99%';
  if (confidence > 0 && confidence < 0.01) return '<1%';
  return formatPercent(confidence);
}

/** "90%" for 0.9, "95.5%" for 0.955. */
export const formatLevel = (level: number) => `${Number((level * 100).toFixed(1))}%`;

/** How sure, in words. The number beside it is the engine's confidence (mostly a posterior probability). */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.95) return 'Very sure';
  if (confidence >= 0.8) return 'Fairly sure';
  if (confidence >= 0.6) return 'Somewhat sure';
  return 'Unsure';
}

/** The confidence of a relationship, with the cases where a number would mislead said in words. */
export function relationshipConfidence(finding: Pick<RelationshipFinding, 'basis' | 'confidence'>): { words: string; number: string | null } {
  if (finding.basis === 'too-little-weight') return { words: 'Nothing claimed yet', number: null };
  if (finding.basis === 'no-exchange') return { words: 'A fact of the log', number: null };
  return { words: confidenceWords(finding.confidence), number: formatConfidence(finding.confidence) };
}

/** "Sam Reyes" → "Sam": sentences about one person read better with the first name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The window in words, as the engine says it (analysis/window.ts): 180 → "the last 6 months". */
export function windowWords(days: number): string {
  const unit = (count: number, singular: string) => (count === 1 ? `the last ${singular}` : `the last ${count} ${singular}s`);
  if (days % 365 === 0) return unit(days / 365, 'year');
  if (days % 30 === 0) return unit(days / 30, 'month');
  if (days % 7 === 0) return unit(days / 7, 'week');
  return unit(days, 'day');
}

/** Pattern report windows the page offers; the setting's own length joins them when it differs. */
export const WINDOW_CHOICES: readonly { days: number; label: string }[] = [
  { days: 90, label: '3 months' },
  { days: 180, label: '6 months' },
  { days: 365, label: '12 months' },
];

/** A window length in short words for the selector: 180 → "6 months", 200 → "200 days". */
export function windowChoiceLabel(days: number): string {
  const known = WINDOW_CHOICES.find((choice) => choice.days === days);
  if (known) return known.label;
  if (days % 365 === 0) return days === 365 ? '1 year' : `${days / 365} years`;
  if (days % 30 === 0) return days === 30 ? '1 month' : `${days / 30} months`;
  if (days % 7 === 0) return days === 7 ? '1 week' : `${days / 7} weeks`;
  return `${days} days`;
}

