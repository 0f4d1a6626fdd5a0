/**
 * The learner's path with a mentor: the direction in words, lessons, practice done and feedback
 * applied as counts, confidence to do it alone across lessons (1–5), and the rates on demand. Dependence is a stage; the direction is the point.
 */
import { Link } from 'react-router-dom';
import { lazy } from 'react';
import type { LearnerPath, LearnerPathState } from '../../../../shared/entities/patterns';
import { formatDay, plural } from '../../format';
import { CHART_HEIGHT, ChartFrame } from './ChartFrame';
import { NumbersDisclosure, type NumberRow } from './NumbersDisclosure';
import { formatShare, formatSlope } from './patternWords';
import { confidenceTrendWords, feedbackAppliedWords, NUMBER_MEANING, practiceWords } from './plainWords';
import './LearnerPathView.css';

/** The drawing (recharts) comes with the first chart shown, not with the page. */
const ConfidenceLine = lazy(async () => ({ default: (await import('./ConfidenceLine')).ConfidenceLine }));

const STATE_WORDS: Record<LearnerPathState, string> = {
  'toward-standing-alone': 'Toward standing alone',
  'not-yet-standing-alone': 'Not yet standing alone',
  mixed: 'Mixed: one sign up, one not',
  'too-little-data': 'Too few lessons to say yet',
};

export function learnerPathSummary(path: LearnerPath, name: string): string {
  if (path.confidence.length === 0) return `No rated lessons with ${name} yet.`;
  const points = path.confidence.map((point) => `${formatDay(point.date)}: ${point.confidence}`).join('; ');
  const which =
    path.confidence.length < path.ratedLessons
      ? `each of the last ${path.confidence.length} of ${path.ratedLessons} rated lessons`
      : 'each lesson';
  return `Confidence to do it alone after ${which} with ${name}, on a scale of 1 to 5 — ${points}. ${confidenceTrendWords(path.standingAloneTrend)}.`;
}

export function LearnerPathView({ path, name }: { path: LearnerPath; name: string }) {
  return (
    <div className="learner-path">
      <div className="learner-path__state">
        <span className={`learner-path__badge learner-path__badge--${path.state}`}>{STATE_WORDS[path.state]}</span>
        <span className="learner-path__trend">{confidenceTrendWords(path.standingAloneTrend)}.</span>
      </div>
      <LearnerFacts path={path} />
      {path.confidence.length > 0 && (
        <ChartFrame
          title="Confidence to do it alone, lesson by lesson"
          summary={learnerPathSummary(path, name)}
          table={<ConfidenceTable path={path} />}
          chartHeight={CHART_HEIGHT.confidence}
          chart={<ConfidenceLine path={path} />}
        />
      )}
      <NumbersDisclosure rows={learnerNumbers(path)} sentence={path.sentence} />
    </div>
  );
}

/** Lessons, practice done and feedback applied, as counts. */
export function LearnerFacts({ path }: { path: LearnerPath }) {
  return (
    <ul className="learner-path__facts" aria-label="Learner path in counts">
      <li>{plural(path.lessons, 'lesson')}</li>
      <li>{practiceWords(path)}</li>
      <li>{feedbackAppliedWords(path)}</li>
    </ul>
  );
}

/** The learner path's numbers, each with what it means. */
export function learnerNumbers(path: LearnerPath): NumberRow[] {
  const { applied, partlyApplied, declined, discussed } = path.feedback;
  const resolved = applied + partlyApplied + declined + discussed;
  const rows: NumberRow[] = [
    {
      label: 'Practice done',
      value: path.practiceDoneRate === null ? 'none set' : `${formatShare(path.practiceDoneRate)} (${path.practiceDone} of ${path.practiceTotal})`,
      meaning: NUMBER_MEANING.practiceRate,
    },
    {
      label: 'Feedback applied',
      value: path.feedbackAppliedRate === null ? 'none settled' : `${formatShare(path.feedbackAppliedRate)} (of ${resolved} settled)`,
      meaning: NUMBER_MEANING.appliedRate,
    },
  ];
  if (path.confidenceSlope !== null) {
    rows.push({ label: 'Confidence change', value: `${formatSlope(path.confidenceSlope)} per rated lesson`, meaning: NUMBER_MEANING.confidenceSlope });
  }
  return rows;
}

function ConfidenceTable({ path }: { path: LearnerPath }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Confidence to do it alone after each rated lesson</caption>
      <thead>
        <tr>
          <th scope="col">Lesson</th>
          <th scope="col">Date</th>
          <th scope="col">Confidence (1–5)</th>
        </tr>
      </thead>
      <tbody>
        {path.confidence.map((point, index) => (
          <tr key={point.lessonId}>
            <th scope="row">
              <Link className="link" to={`/lessons/${point.lessonId}`}>
                Lesson {path.ratedLessons - path.confidence.length + index + 1}
              </Link>
            </th>
            <td>{formatDay(point.date)}</td>
            <td>{point.confidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
