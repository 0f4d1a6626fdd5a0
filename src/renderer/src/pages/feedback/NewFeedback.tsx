import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { emptyFeedback } from '../../components/log/feedbackForm';
import { LOG_AREAS } from '../../components/log/invalidation';
import { prefillOf } from '../../components/log/prefill';
import { useToast } from '../../components/Toast';
import { FeedbackForm } from './FeedbackForm';

export function NewFeedback() {
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const create = useCommand('feedback.create', {
    invalidates: LOG_AREAS,
    // Lands on the new entry, whose heading takes the focus.
    onSuccess: (feedback) => {
      toast.show({ tone: 'success', message: 'Feedback logged.' });
      navigate(`/feedback/${feedback.id}`, { replace: true });
    },
  });
  return (
    <>
      <PageHeader
        title="Log feedback"
        subtitle="A critique, a technical note, encouragement or an idea — given or received."
        back={{ to: '/feedback', label: 'Feedback' }}
        focusOnOpen={false}
      />
      <FeedbackForm
        initial={emptyFeedback(prefillOf(params))}
        submitLabel="Log feedback"
        cancelTo="/feedback"
        onSubmit={create.mutateAsync}
      />
    </>
  );
}
