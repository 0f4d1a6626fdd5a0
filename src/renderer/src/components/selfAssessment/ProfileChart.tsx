/**
 * The profile: the four stances and the three benefits, each 0–100, as bars in two groups, with a
 * mark where the previous result stood. Plain bars need no charting library; ChartFrame gives the
 * summary in words and the same numbers as a table.
 */
import type { SelfAssessmentScores } from '../../../../shared/entities/selfAssessment';
import { scoreOf } from '../../../../shared/selfAssessment/questionnaire';
import { ChartFrame } from '../patterns/ChartFrame';
import { PROFILE_GROUPS, changeWords, dimensionName, profileSummary } from './selfAssessmentWords';
import './ProfileChart.css';

interface ProfileChartProps {
  scores: SelfAssessmentScores;
  /** The result before this one, drawn as a mark on each bar. */
  previous?: SelfAssessmentScores | undefined;
  title?: string;
  /** The Dashboard's brief one: the bars only, no frame. */
  compact?: boolean;
}

/** Two groups of four and three bars, with their headings and ticks. */
const BARS_HEIGHT = 300;

export function ProfileChart({ scores, previous, title = 'Your profile', compact = false }: ProfileChartProps) {
  if (compact) {
    return (
      <div role="img" aria-label={profileSummary(scores)}>
        <ProfileBars scores={scores} compact />
      </div>
    );
  }
  return (
    <ChartFrame
      title={title}
      summary={profileSummary(scores)}
      chartHeight={BARS_HEIGHT}
      chart={<ProfileBars scores={scores} previous={previous} />}
      legend={previous && <ProfileLegend />}
      table={<ProfileTable scores={scores} previous={previous} />}
    />
  );
}

function ProfileBars({ scores, previous, compact = false }: { scores: SelfAssessmentScores; previous?: SelfAssessmentScores | undefined; compact?: boolean }) {
  return (
    <div className={`profile${compact ? ' profile--compact' : ''}`} aria-hidden="true">
      {PROFILE_GROUPS.map((group) => (
        <div key={group.id} className={`profile__group profile__group--${group.id}`}>
          {!compact && <div className="profile__group-title">{group.title}</div>}
          {group.dimensions.map((dimension) => {
            const score = scoreOf(scores, dimension);
            const before = previous ? scoreOf(previous, dimension) : undefined;
            return (
              <div key={dimension} className="profile__row">
                <span className="profile__name">{dimensionName(dimension)}</span>
                <span className="profile__track">
                  <span className={`profile__bar profile__bar--${dimension}`} style={{ width: `${score}%` }} />
                  {before !== undefined && <span className="profile__before" style={{ left: `${before}%` }} />}
                </span>
                <span className="profile__score">{score}</span>
              </div>
            );
          })}
        </div>
      ))}
      {!compact && (
        <div className="profile__scale">
          <span />
          <span className="profile__ticks">
            <span>0</span>
            <span>50</span>
            <span>100</span>
          </span>
          <span />
        </div>
      )}
    </div>
  );
}

function ProfileLegend() {
  return (
    <div className="profile-legend" aria-hidden="true">
      <span className="profile-legend__key">
        <span className="profile-legend__mark" /> where your previous self-assessment stood
      </span>
    </div>
  );
}

function ProfileTable({ scores, previous }: { scores: SelfAssessmentScores; previous?: SelfAssessmentScores | undefined }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Your profile, each part out of 100</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Score (0–100)</th>
          {previous && <th scope="col">Previous</th>}
          {previous && <th scope="col">Change</th>}
        </tr>
      </thead>
      {PROFILE_GROUPS.map((group) => (
        <tbody key={group.id}>
          <tr>
            <th scope="rowgroup" colSpan={previous ? 4 : 2} className="profile-table__group">
              {group.title}
            </th>
          </tr>
          {group.dimensions.map((dimension) => {
            const score = scoreOf(scores, dimension);
            const before = previous ? scoreOf(previous, dimension) : undefined;
            return (
              <tr key={dimension}>
                <th scope="row">{dimensionName(dimension)}</th>
                <td>{score}</td>
                {before !== undefined && <td>{before}</td>}
                {before !== undefined && <td>{changeWords(score - before)}</td>}
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
