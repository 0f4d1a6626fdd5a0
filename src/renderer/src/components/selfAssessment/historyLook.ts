import type { Dimension } from '../../../../shared/selfAssessment/questionnaire';

/** The history drawing's height, known before recharts has loaded. */
export const HISTORY_HEIGHT = 220;

/** Each part's line: the profile bar's hue, and a dash of its own so lines part without colour vision. */
export const LINE_LOOK: Record<Dimension, { colour: string; dash: string | undefined }> = {
  independence: { colour: 'var(--series-1)', dash: undefined },
  dependence: { colour: 'var(--series-2)', dash: '6 4' },
  codependence: { colour: 'var(--series-4)', dash: '2 3' },
  interdependence: { colour: 'var(--series-3)', dash: '10 3 2 3' },
  knowledge: { colour: 'var(--benefit-knowledge)', dash: undefined },
  perspective: { colour: 'var(--benefit-perspective)', dash: '6 4' },
  growth: { colour: 'var(--benefit-growth)', dash: '2 3' },
};
