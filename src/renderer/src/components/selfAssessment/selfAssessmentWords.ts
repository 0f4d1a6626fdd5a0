import type { BesideLogVerdict, LogMeasure, SelfAssessmentScores } from '../../../../shared/entities/selfAssessment';
import {
  DIMENSIONS,
  DIMENSION_DESCRIPTIONS,
  SELF_STANCES,
  scoreOf,
  type Dimension,
} from '../../../../shared/selfAssessment/questionnaire';
import { BENEFITS } from '../../../../shared/entities/exchange';
import { localDay } from '../../../../shared/localDay';
import { formatDay } from '../../format';
import type { Tone } from '../Badge';

/**
 * The words the self-assessment pages share. A score says how the user describes themselves
 * today, never what they are (DOMAIN.md: reflect, never diagnose).
 */

export const dimensionName = (dimension: Dimension) => DIMENSION_DESCRIPTIONS[dimension].name;

/** The two groups a profile is drawn in: the four stances, then the three benefits. */
export const PROFILE_GROUPS = [
  { id: 'stances', title: 'The four stances', hint: 'How much you see yourself in each way of working with others.', dimensions: SELF_STANCES },
  { id: 'benefits', title: 'The three benefits', hint: 'How open you are to what mutual exchange brings.', dimensions: BENEFITS },
] as const;

/** Where a score sits: the same bands as the comparison with the log (≥ 60 high, ≤ 40 low). */
export type ScoreLevel = 'low' | 'middle' | 'high';
export const levelOf = (score: number): ScoreLevel => (score >= 60 ? 'high' : score <= 40 ? 'low' : 'middle');

/** What a score means in words: the data file's text for a high or a low score; in between, both in brief. */
export function meaningOf(dimension: Dimension, score: number): string {
  const { high, low } = DIMENSION_DESCRIPTIONS[dimension];
  switch (levelOf(score)) {
    case 'high':
      return high;
    case 'low':
      return low;
    case 'middle':
      return 'You sit somewhere in the middle here: some days one way, some days the other.';
  }
}

/** The day a self-assessment was completed, on this machine's calendar. */
export const completedDay = (completedAt: string) => formatDay(localDay(completedAt));

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** The time of day it was completed, which tells two of one day apart. */
export const completedTime = (completedAt: string) => timeFormat.format(new Date(completedAt));

/** Every score in one sentence: the profile chart's accessible name. */
export function profileSummary(scores: SelfAssessmentScores): string {
  const part = (dimensions: readonly Dimension[]) =>
    dimensions.map((dimension) => `${dimensionName(dimension)} ${scoreOf(scores, dimension)}`).join(', ');
  return `Your profile, each out of 100. The four stances: ${part(SELF_STANCES)}. The three benefits: ${part(BENEFITS)}.`;
}

/** "up 12", "down 4", "no change". */
export function changeWords(change: number): string {
  if (change === 0) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)}`;
}

/** How a result moved from the one before, in a sentence: the biggest moves first. */
export function movedSummary(moves: { dimension: Dimension; change: number }[]): string {
  const moved = moves.filter((move) => move.change !== 0).sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  if (moved.length === 0) return 'Your answers came out the same on every part.';
  const words = moved.slice(0, 3).map((move) => `${dimensionName(move.dimension)} ${changeWords(move.change)}`);
  const rest = moved.length - words.length;
  return `${words.join(', ')}${rest > 0 ? `, and ${rest} more moved too` : ''}.`;
}

export const VERDICT_WORDS: Record<BesideLogVerdict, { label: string; tone: Tone }> = {
  agree: { label: 'Your log agrees', tone: 'green' },
  differ: { label: 'Your log differs', tone: 'amber' },
  'too-little-log': { label: 'Too little log yet', tone: 'neutral' },
};

/** A measure's value as the log's other figures show it: a count, a share as a percentage, a weight. */
export function measureValue(measure: LogMeasure): string {
  if (measure.value === null) return '—';
  if (measure.unit === 'share') return `${Math.round(measure.value * 100)}%`;
  return String(Math.round(measure.value * 10) / 10);
}

/** The history's rows, oldest first, for the chart and its table. */
export function historyRows(history: { id: string; completedAt: string; scores: SelfAssessmentScores }[]) {
  return [...history]
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt))
    .map((entry, index) => ({
      id: entry.id,
      index: index + 1,
      day: completedDay(entry.completedAt),
      ...(Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, scoreOf(entry.scores, dimension)])) as Record<Dimension, number>),
    }));
}
export type HistoryRow = ReturnType<typeof historyRows>[number];

/** The history chart's accessible name: each dimension from the first result to the latest. */
export function historySummary(rows: HistoryRow[], dimensions: readonly Dimension[], title: string): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return `${title}: no results yet.`;
  const parts = dimensions.map((dimension) => `${dimensionName(dimension)} ${first[dimension]} to ${last[dimension]}`);
  return `${title}, across ${rows.length} self-assessments from ${first.day} to ${last.day}: ${parts.join(', ')}.`;
}
