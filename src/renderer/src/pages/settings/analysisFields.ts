import type { AnalysisSettings } from '../../../../shared/settings';

/**
 * The Settings page's fields for the pattern engine's rules, in the order a person thinks about
 * them, each with a hint in plain words: what the number means and which way it moves results.
 */
export type AnalysisKey = keyof AnalysisSettings;

export interface AnalysisField {
  key: AnalysisKey;
  label: string;
  hint: string;
  /** The input's step: 1 for counts and days, 0.01 for shares. */
  step: number;
}

export interface AnalysisGroup {
  id: string;
  title: string;
  intro: string;
  fields: AnalysisField[];
}

export const ANALYSIS_GROUPS: AnalysisGroup[] = [
  {
    id: 'window',
    title: 'Window',
    intro: 'How far back the patterns look.',
    fields: [
      {
        key: 'windowDays',
        label: 'Window length (days)',
        hint: 'Counting today. 90 is about 3 months, 180 about 6, 365 a year. The Patterns page can look at other windows too; this is where it starts.',
        step: 1,
      },
    ],
  },
  {
    id: 'balance',
    title: 'Balance',
    intro: 'The give share is the part of a relationship’s give and take that came from you: 0.5 is even, 1 is all you.',
    fields: [
      {
        key: 'balancedBandLow',
        label: 'Balanced band from',
        hint: 'A give share from here up to the band’s end counts as balanced. Between 0 and 0.5.',
        step: 0.01,
      },
      {
        key: 'balancedBandHigh',
        label: 'Balanced band to',
        hint: 'Between 0.5 and 1. A wider band calls fewer relationships one-sided.',
        step: 0.01,
      },
      {
        key: 'intervalLevel',
        label: 'Interval level',
        hint: 'How sure the range around each give share is: at 0.9 the true share lies inside it 9 times in 10. A relationship looks one-sided only when the whole range is outside the band, so a higher level asks for more evidence.',
        step: 0.01,
      },
      {
        key: 'minimumWeight',
        label: 'Minimum weight',
        hint: 'Below this total, given plus received (small = 1, medium = 2, large = 3), a relationship shows as “not enough data yet”.',
        step: 1,
      },
      {
        key: 'trendMinChange',
        label: 'Trend step',
        hint: 'How far the give share must move between the first and second half of the window to count as rising or falling.',
        step: 0.01,
      },
    ],
  },
  {
    id: 'needs',
    title: 'Needs',
    intro: 'A met rate is the share of requests that were met; partly met counts half, pending ones are left out.',
    fields: [
      {
        key: 'needsGapThreshold',
        label: 'Needs gap',
        hint: 'When your met rate and theirs differ by this much or more, one side’s needs seem to count more.',
        step: 0.01,
      },
      {
        key: 'needsGapMinResolved',
        label: 'Resolved requests on each side',
        hint: 'How many of your requests, and of theirs, must have an answer before a gap is judged.',
        step: 1,
      },
    ],
  },
  {
    id: 'learning',
    title: 'Learning with a mentor',
    intro: 'With a mentor or mentee, the path toward doing it alone is judged instead of the balance of knowledge. With anyone else, lessons count in the balance like any other knowledge.',
    fields: [
      {
        key: 'dependenceMinSessions',
        label: 'Lessons before judging',
        hint: 'Lessons in the window with you as the learner before the path is judged at all.',
        step: 1,
      },
      {
        key: 'dependenceMaxConfidenceSlope',
        label: 'Confidence counts as not rising up to',
        hint: 'Confidence to do it alone is rated 1–5 after each lesson. Its change per lesson at or below this counts as not rising; 0 means flat or falling.',
        step: 0.05,
      },
      {
        key: 'dependenceMaxPracticeDoneRate',
        label: 'Practice done counts as low below',
        hint: 'The share of practice assignments done. Below this, together with confidence not rising, the path reads “not yet standing alone”.',
        step: 0.05,
      },
    ],
  },
  {
    id: 'portfolio',
    title: 'Across everyone',
    intro: 'The cards at the top of the Patterns page.',
    fields: [
      {
        key: 'concentrationThreshold',
        label: 'One main source from',
        hint: 'The concentration index adds up each source’s squared share of the support you received: near 0 with many equal sources, 1 with a single one. At or above this, support comes mainly from one place.',
        step: 0.01,
      },
      {
        key: 'concentrationMinPeople',
        label: 'People before judging where support comes from',
        hint: 'People with any exchange in the window needed first. With one person, support always comes from one place, so that says nothing yet.',
        step: 1,
      },
      {
        key: 'concentrationMinWeight',
        label: 'Support received before judging its sources',
        hint: 'The weight you received in all (small = 1, medium = 2, large = 3) needed first.',
        step: 1,
      },
      {
        key: 'missingBenefitsMinEntries',
        label: 'Exchanges before a kind of input is missing',
        hint: 'Entries in the window, given and received, needed before knowledge, perspective or growth is called missing. A single lesson carries only one kind.',
        step: 1,
      },
      {
        key: 'noInputGapDays',
        label: 'Stretch without input (days)',
        hint: 'Days on an active project with no feedback, lesson or help received that count as a stretch without input.',
        step: 1,
      },
      {
        key: 'declinedShareThreshold',
        label: 'Mostly declined above',
        hint: 'The share of resolved feedback you received that you declined; above this it reads as going it alone.',
        step: 0.01,
      },
      {
        key: 'declinedMinResolved',
        label: 'Resolved feedback before judging',
        hint: 'Pieces of received feedback with an outcome (applied, partly applied, declined, discussed) needed first.',
        step: 1,
      },
    ],
  },
];

export const ANALYSIS_KEYS: AnalysisKey[] = ANALYSIS_GROUPS.flatMap((group) => group.fields.map((field) => field.key));
