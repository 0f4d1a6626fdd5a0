import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/errors';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { feedbackValuesOf } from '../../components/log/feedbackForm';
import { LOG_AREAS } from '../../components/log/invalidation';
import { NotFound } from '../NotFound';
import { FeedbackForm } from './FeedbackForm';
import { feedbackTitle } from './feedbackWords';

export function EditFeedback() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useCall('feedback.get', { id });
  const update = useCommand('feedback.update', {
    invalidates: LOG_AREAS,
    onSuccess: () => {
      toast.show({ tone: 'success', message: 'Feedback saved.' });
      navigate(`/feedback/${id}`);
    },
  });

  if (detail.isPending) return <Loading label="Loading feedback…" />;
  if (isNotFound(detail.error)) return <NotFound what="This feedback" back={{ to: '/feedback', label: 'Back to feedback' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const feedback = detail.data;
  // A deleted entry is read-only; its page says so and offers Restore.
  if (feedback.deletedAt) return <Navigate to={`/feedback/${id}`} replace />;
  return (
    <>
      <PageHeader title="Edit feedback" subtitle={feedbackTitle(feedback)} back={{ to: `/feedback/${id}`, label: 'Back to the entry' }} focusOnOpen={false} />
      <FeedbackForm
        initial={feedbackValuesOf(feedback)}
        submitLabel="Save changes"
        cancelTo={`/feedback/${id}`}
        onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
      />
    </>
  );
}
