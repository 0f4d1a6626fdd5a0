/**
 * The self-assessment's home: an invitation before the first one; afterwards the latest profile,
 * the history over retakes and every completed one. One in progress is offered to continue.
 */
import { Link } from 'react-router-dom';
import type { SelfAssessmentDraft, SelfAssessmentSummary } from '../../../../shared/entities/selfAssessment';
import { PAGE_LIMIT_MAX } from '../../../../shared/entities/paging';
import { QUESTIONNAIRE, compareScores, questionnaireOf } from '../../../../shared/selfAssessment/questionnaire';
import { useCall } from '../../api/hooks';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { HistoryChart } from '../../components/selfAssessment/HistoryChart';
import { ProfileChart } from '../../components/selfAssessment/ProfileChart';
import { SelfAssessmentInvitation } from '../../components/selfAssessment/SelfAssessmentInvitation';
import { completedDay, completedTime, movedSummary } from '../../components/selfAssessment/selfAssessmentWords';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import '../../components/surfaces/notice.css';
import '../../components/surfaces/rows.css';
import './SelfAssessmentPage.css';

export function SelfAssessmentPage() {
  const history = useCall('selfAssessments.list', { limit: PAGE_LIMIT_MAX });
  const current = useCall('selfAssessments.current', {});
  const completed = history.data?.items ?? [];
  const latest = completed[0];
  return (
    <>
      <PageHeader
        title="Self-assessment"
        subtitle="How you see the way you work with others, in your own words, and beside what your log shows."
        actions={
          latest &&
          !current.data && (
            <ButtonLink to="/self-assessment/take" variant="primary" icon={<Icon name="restore" />}>
              Retake
            </ButtonLink>
          )
        }
      />
      {history.isPending || current.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />
      ) : current.isError ? (
        <ErrorNotice error={current.error} onRetry={() => void current.refetch()} />
      ) : (
        <div className="sa-home">
          {current.data && <InProgress draft={current.data} />}
          {latest ? <Completed history={completed} /> : !current.data && <SelfAssessmentInvitation />}
        </div>
      )}
    </>
  );
}

function InProgress({ draft }: { draft: SelfAssessmentDraft }) {
  const total = (questionnaireOf(draft.questionnaireVersion) ?? QUESTIONNAIRE).items.length;
  const answered = Object.keys(draft.answers).length;
  return (
    <div className="notice sa-home__progress">
      <Icon name="assessment" />
      <div className="notice__text">
        <strong>You are part way through</strong>
        <span>
          {answered} of {total} answered. Your answers are kept; carry on where you left off.
        </span>
      </div>
      <ButtonLink to="/self-assessment/take" variant="primary" size="sm">
        Continue
      </ButtonLink>
    </div>
  );
}

function Completed({ history }: { history: SelfAssessmentSummary[] }) {
  const [latest, previous] = history;
  if (!latest) return null;
  const moved = previous ? compareScores(previous, latest) : undefined;
  return (
    <>
      <Card
        title="Your latest profile"
        actions={
          <Link className="link link--quiet" to={`/self-assessment/${latest.id}`}>
            Read it in full
          </Link>
        }
      >
        <div className="sa-home__latest">
          <p className="sa-home__when">
            Completed {completedDay(latest.completedAt)}
            {moved && <> · since the one before: {movedSummary(moved.dimensions)}</>}
          </p>
          <ProfileChart scores={latest.scores} previous={previous?.scores} />
        </div>
      </Card>
      <Card title="How your answers moved">
        {history.length < 2 ? (
          <p className="sa-home__hint">
            Retake it any time — in a few months, or after a change in how you work. From the second one on, this shows how each
            part moved.
          </p>
        ) : (
          <HistoryChart history={history} />
        )}
      </Card>
      <Card title={`All results (${history.length})`} flush>
        <ul className="rows rows--inset" aria-label="All self-assessments">
          {history.map((result, index) => (
            <li key={result.id} className="row row--compact">
              <div className="row__main">
                <Link className="row__title stretched-link" to={`/self-assessment/${result.id}`}>
                  {completedDay(result.completedAt)}
                </Link>
                <div className="row__meta">
                  <span>Completed at {completedTime(result.completedAt)}</span>
                  {index === 0 && (
                    <>
                      <span className="dot-sep" aria-hidden="true" />
                      <span>Latest</span>
                    </>
                  )}
                </div>
              </div>
              <Icon name="chevron" />
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
