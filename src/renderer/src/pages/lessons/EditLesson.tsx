import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/errors';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { LOG_AREAS } from '../../components/log/invalidation';
import { lessonPatchOf, lessonValuesOf } from '../../components/log/lessonForm';
import { NotFound } from '../NotFound';
import { LessonForm } from './LessonForm';
import { lessonTitle } from './lessonWords';

export function EditLesson() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useCall('lessons.get', { id });
  const update = useCommand('lessons.update', {
    invalidates: LOG_AREAS,
    onSuccess: () => {
      toast.show({ tone: 'success', message: 'Lesson saved.' });
      navigate(`/lessons/${id}`);
    },
  });

  if (detail.isPending) return <Loading label="Loading lesson…" />;
  if (isNotFound(detail.error)) return <NotFound what="This lesson" back={{ to: '/lessons', label: 'Back to lessons' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const lesson = detail.data;
  // A deleted lesson is read-only; its page says so and offers Restore.
  if (lesson.deletedAt) return <Navigate to={`/lessons/${id}`} replace />;
  return (
    <>
      <PageHeader title="Edit lesson" subtitle={lessonTitle(lesson)} back={{ to: `/lessons/${id}`, label: 'Back to the lesson' }} focusOnOpen={false} />
      <LessonForm
        initial={lessonValuesOf(lesson)}
        submitLabel="Save changes"
        cancelTo={`/lessons/${id}`}
        onSubmit={(values) => update.mutateAsync(lessonPatchOf(id, values))}
      />
    </>
  );
}
