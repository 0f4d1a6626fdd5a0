import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { LOG_AREAS } from '../../components/log/invalidation';
import { emptyLesson, lessonFieldsOf } from '../../components/log/lessonForm';
import { prefillOf } from '../../components/log/prefill';
import { LessonForm } from './LessonForm';

export function NewLesson() {
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const create = useCommand('lessons.create', {
    invalidates: LOG_AREAS,
    onSuccess: (lesson) => {
      toast.show({ tone: 'success', message: 'Lesson logged.' });
      navigate(`/lessons/${lesson.id}`, { replace: true });
    },
  });
  return (
    <>
      <PageHeader
        title="Log a lesson"
        subtitle="A lesson you took or taught, or a session of peers swapping skills."
        back={{ to: '/lessons', label: 'Lessons' }}
        focusOnOpen={false}
      />
      <LessonForm
        initial={emptyLesson(prefillOf(params))}
        submitLabel="Log lesson"
        cancelTo="/lessons"
        onSubmit={(values) => create.mutateAsync(lessonFieldsOf(values))}
      />
    </>
  );
}
