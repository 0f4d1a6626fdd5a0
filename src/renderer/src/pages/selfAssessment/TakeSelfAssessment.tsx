/**
 * The questionnaire, one statement at a time. Every answer is saved as it is given, so leaving
 * halfway keeps them: coming back resumes at the first statement without an answer, with a way to
 * start over. From the keyboard: 1–5 answer, ↑ ↓ move between the answers, Enter or → goes on, ← back.
 */
import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SelfAssessmentDraft } from '../../../../shared/entities/selfAssessment';
import { QUESTIONNAIRE, questionnaireOf } from '../../../../shared/selfAssessment/questionnaire';
import { useCall, useCommand } from '../../api/hooks';
import { useConfirm } from '../../components/Confirm';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useAnswerSaving } from '../../components/selfAssessment/useAnswerSaving';
import { useReportError } from '../../hooks/useReportError';
import { QuestionnaireIntro } from './QuestionnaireIntro';
import { QuestionStep } from './QuestionStep';
import { useQuestionnaireSteps } from './useQuestionnaireSteps';
import './TakeSelfAssessment.css';

export function TakeSelfAssessment() {
  // Always read afresh: the answers kept are the point of coming back.
  const current = useCall('selfAssessments.current', {}, { staleTime: 0 });
  return (
    <>
      <PageHeader title="Self-assessment" back={{ to: '/self-assessment', label: 'Self-assessment' }} />
      {current.isPending ? (
        <Loading />
      ) : current.isError ? (
        <ErrorNotice error={current.error} onRetry={() => void current.refetch()} />
      ) : (
        <Questionnaire draft={current.data} />
      )}
    </>
  );
}

function Questionnaire({ draft }: { draft: SelfAssessmentDraft | null }) {
  const navigate = useNavigate();
  const confirm = useConfirm();
  const report = useReportError();
  const questionnaire = (draft && questionnaireOf(draft.questionnaireVersion)) ?? QUESTIONNAIRE;
  const { answers, draftId, save, settled, reset } = useAnswerSaving(draft);
  const complete = useCommand('selfAssessments.complete', { invalidates: ['selfAssessments'] });
  const discard = useCommand('selfAssessments.discard', { invalidates: ['selfAssessments'] });

  const finish = async () => {
    await settled();
    if (!draftId) return;
    complete.mutate(
      { id: draftId },
      {
        onSuccess: (result) => navigate(`/self-assessment/${result.id}`),
        onError: (error) => report(error, 'score your answers'),
      },
    );
  };
  const root = useRef<HTMLDivElement>(null);
  const steps = useQuestionnaireSteps(questionnaire.items, answers, save, () => void finish(), root);

  const startOver = async () => {
    const sure = await confirm({
      title: 'Start over?',
      body: 'The answers you have given so far are cleared, and you begin again at the first statement.',
      confirmLabel: 'Start over',
    });
    if (!sure) return;
    await settled();
    const id = draftId;
    const restart = () => {
      reset();
      steps.restart();
    };
    if (!id) return restart();
    discard.mutate({ id }, { onSuccess: restart, onError: (error) => report(error, 'start over') });
  };

  if (steps.phase === 'intro') {
    return <QuestionnaireIntro count={questionnaire.items.length} onBegin={steps.begin} focusBegin={steps.backToIntro} />;
  }
  return <QuestionStep steps={steps} root={root} answers={answers} busy={complete.isPending} onStartOver={() => void startOver()} />;
}
