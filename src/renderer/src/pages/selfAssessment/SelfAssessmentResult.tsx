/**
 * One completed self-assessment: the profile chart, how it moved since the one before, then each
 * part with its words and, beside it, what the log shows. Retake or delete (with Undo) from the header.
 */
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import type { BesideLog, SelfAssessment, SelfAssessmentSummary } from '../../../../shared/entities/selfAssessment';
import { PAGE_LIMIT_MAX } from '../../../../shared/entities/paging';
import { RECORDS } from '../../../../shared/kinds';
import { compareScores, scoreOf, type Dimension } from '../../../../shared/selfAssessment/questionnaire';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Button, ButtonLink } from '../../components/Button';
import { QueryPage } from '../../components/entry/QueryPage';
import { useSoftDelete } from '../../components/log/useSoftDelete';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { DimensionCard } from '../../components/selfAssessment/DimensionCard';
import { ProfileChart } from '../../components/selfAssessment/ProfileChart';
import { completedDay, movedSummary, PROFILE_GROUPS } from '../../components/selfAssessment/selfAssessmentWords';
import { ErrorNotice } from '../../components/StatusViews';
import '../../components/surfaces/notice.css';
import './SelfAssessmentResult.css';

const { area, labels } = RECORDS.selfAssessment;

export function SelfAssessmentResult() {
  const { id = '' } = useParams();
  const result = useCall('selfAssessments.get', { id });
  return (
    <QueryPage
      query={result}
      loading="Loading your self-assessment…"
      notFound={{ what: labels.this, back: { to: '/self-assessment', label: 'Self-assessment' } }}
    >
      {(assessment) => (assessment.completedAt === null ? <Navigate to="/self-assessment/take" replace /> : <Result assessment={assessment} />)}
    </QueryPage>
  );
}

function Result({ assessment }: { assessment: SelfAssessment }) {
  const navigate = useNavigate();
  const live = assessment.deletedAt === null;
  const history = useCall('selfAssessments.list', { limit: PAGE_LIMIT_MAX });
  const beside = useCall('selfAssessments.besideLog', { id: assessment.id }, { enabled: live });
  const { doDelete, doRestore, busy } = useSoftDelete(area, labels.one, [area]);
  const previous = previousOf(history.data?.items ?? [], assessment);
  const scores = assessment.scores;
  if (!scores || !assessment.completedAt) return null;
  const comparison = previous ? compareScores(previous, { questionnaireVersion: assessment.questionnaireVersion, scores }) : undefined;

  return (
    <>
      <PageHeader
        title="Your self-assessment"
        back={{ to: '/self-assessment', label: 'Self-assessment' }}
        adornment={live ? undefined : <Badge tone="red">Deleted</Badge>}
        subtitle={`Completed ${completedDay(assessment.completedAt)}. A reflection on how you described yourself that day, not a verdict on who you are.`}
        actions={
          live && (
            <>
              <ButtonLink to="/self-assessment/take" variant="primary" icon={<Icon name="restore" />}>
                Retake
              </ButtonLink>
              <Button icon={<Icon name="trash" />} busy={busy} onClick={() => doDelete(assessment.id, () => navigate('/self-assessment'))}>
                Delete
              </Button>
            </>
          )
        }
      />
      {!live && (
        <div className="notice" role="status">
          <Icon name="archive" />
          <div className="notice__text">
            <strong>Deleted</strong>
            <span>This self-assessment is left out of your history. Restore it to bring it back as it was.</span>
          </div>
          <Button icon={<Icon name="restore" />} onClick={() => doRestore(assessment.id)} busy={busy}>
            Restore
          </Button>
        </div>
      )}
      <div className="sa-result">
        {previous && comparison && (
          <div className="notice sa-result__moved" role="note">
            <Icon name="patterns" />
            <div className="notice__text">
              <strong>Since your last one, on {completedDay(previous.completedAt)}</strong>
              <span>{movedSummary(comparison.dimensions)}</span>
              {comparison.note && <span>{comparison.note}</span>}
            </div>
          </div>
        )}
        <ProfileChart scores={scores} previous={previous?.scores} />
        {beside.isError && <ErrorNotice error={beside.error} title="What your log shows could not be loaded" onRetry={() => void beside.refetch()} />}
        {PROFILE_GROUPS.map((group) => (
          <section key={group.id} className="sa-result__group" aria-labelledby={`sa-group-${group.id}`}>
            <div className="sa-result__group-header">
              <h2 id={`sa-group-${group.id}`}>{group.title}</h2>
              <p>{group.hint}</p>
            </div>
            {group.dimensions.map((dimension) => (
              <DimensionCard
                key={dimension}
                dimension={dimension}
                score={scoreOf(scores, dimension)}
                change={comparison?.dimensions.find((moved) => moved.dimension === dimension)?.change}
                beside={comparisonOf(beside.data, dimension)}
                windowLabel={beside.data?.window.label}
              />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}

/** The completed one just before this (the history is newest first). */
function previousOf(history: SelfAssessmentSummary[], assessment: SelfAssessment): SelfAssessmentSummary | undefined {
  const completedAt = assessment.completedAt ?? '';
  return history.find((candidate) => candidate.id !== assessment.id && candidate.completedAt < completedAt);
}

const comparisonOf = (beside: BesideLog | undefined, dimension: Dimension) =>
  beside?.comparisons.find((comparison) => comparison.dimension === dimension);
