import type { BesideLog, BesideLogVerdict, Level } from '../../shared/entities/selfAssessment';
import { DIMENSIONS, scoreOf, type Dimension, type Scores } from '../../shared/selfAssessment/questionnaire';
import { analyzePatterns } from '../analysis';
import { selfSignals } from '../analysis/selfSignals';
import { windowEnding } from '../analysis/window';
import { loadAnalysisInput } from '../db/patternAggregates';
import type { ApiContext } from './context';

/** Where a self score sits: 60 and above high, 40 and below low, in between middle. */
export const levelOfScore = (score: number): Level => (score >= 60 ? 'high' : score <= 40 ? 'low' : 'middle');

/** "You describe yourself as someone who …", by dimension and level. Reflects, never labels. */
const SELF_VIEW: Record<Dimension, Record<Level, string>> = {
  independence: {
    high: 'tends to work things out alone',
    middle: 'sometimes works alone and sometimes brings others in',
    low: 'brings others in early and asks for a hand',
  },
  dependence: {
    high: 'asks for help easily and leans on others to move forward',
    middle: 'leans on others now and then',
    low: 'mostly stands on their own',
  },
  codependence: {
    high: 'often finds their partnerships running one way',
    middle: 'finds some partnerships running one way',
    low: 'sees both people’s needs counting in their partnerships',
  },
  interdependence: {
    high: 'gives and takes in both directions',
    middle: 'gives and takes both ways some of the time',
    low: 'finds exchange running less both ways at the moment',
  },
  knowledge: {
    high: 'is open to learning and sharing knowledge',
    middle: 'is somewhat open to learning from others',
    low: 'prefers to find things out alone',
  },
  perspective: {
    high: 'is open to another view of their work',
    middle: 'is somewhat open to another view',
    low: 'finds another view more of a challenge than a gift',
  },
  growth: {
    high: 'takes support when it is offered',
    middle: 'takes support some of the time',
    low: 'finds it awkward to accept support',
  },
};

const VERDICT_ENDING: Record<Exclude<BesideLogVerdict, 'too-little-log'>, string> = {
  agree: 'your log and your own view agree',
  differ: 'your log tells it differently',
};

/**
 * A completed self-assessment beside the log: the pattern engine over the default window
 * (settings.analysis, ending today), each dimension's signal from analysis/selfSignals.ts, and a
 * verdict only where the log holds enough.
 */
export function besideLog(ctx: ApiContext, id: string, questionnaireVersion: number, scores: Scores): BesideLog {
  const settings = ctx.settings.get().analysis;
  const input = loadAnalysisInput(ctx.db, windowEnding(ctx.today, settings.windowDays));
  const report = analyzePatterns(input, settings);
  const signals = selfSignals(input, report, settings);
  const span = `the last ${report.window.days} days, counting today`;
  return {
    id,
    questionnaireVersion,
    window: report.window,
    comparisons: DIMENSIONS.map((dimension) => {
      const selfScore = scoreOf(scores, dimension);
      const selfLevel = levelOfScore(selfScore);
      const signal = signals[dimension];
      const verdict: BesideLogVerdict = signal.level === null ? 'too-little-log' : signal.level === selfLevel ? 'agree' : 'differ';
      const selfView = `You describe yourself as someone who ${SELF_VIEW[dimension][selfLevel]}`;
      const sentence =
        verdict === 'too-little-log'
          ? `${selfView}; your log in ${span} holds too little yet to set beside it (${signal.said}).`
          : `${selfView}; in your log, ${signal.said} in ${span}, so ${VERDICT_ENDING[verdict]}.`;
      return {
        dimension,
        selfScore,
        selfLevel,
        logLevel: signal.level,
        verdict,
        sentence,
        measures: signal.measures,
        entries: signal.entries,
        evidence: signal.evidence,
      };
    }),
  };
}
