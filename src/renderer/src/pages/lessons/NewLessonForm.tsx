/**
 * The new-lesson form: "Log a lesson that happened" (lessons.create, through the new-entry page) or
 * "Plan a lesson" (lessons.plan, here: a planned lesson lands on its page too). ?plan=1 opens it
 * on planning.
 */
import { useNavigate, useSearchParams } from 'react-router-dom';
import { entryHref } from '../../../../shared/kinds';
import { useCommand } from '../../api/hooks';
import { LOG_AREAS } from '../../components/log/invalidation';
import { emptyLesson, lessonFieldsOf, plannedLessonFieldsOf } from '../../components/log/lessonForm';
import { useToast } from '../../components/Toast';
import type { KindForm } from '../../kinds/rendererKind';
import { formatDay } from '../../format';
import { LessonForm } from './LessonForm';

export const NewLessonForm: KindForm<'lesson'>['New'] = function NewLessonForm({ prefill, submitLabel, cancelTo, onSubmit }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const toast = useToast();
  const plan = useCommand('lessons.plan', {
    invalidates: LOG_AREAS,
    onSuccess: (planned) => {
      toast.show({ tone: 'success', message: `Lesson planned for ${formatDay(planned.date)}.`, link: { to: '/upcoming', label: 'Upcoming' } });
      navigate(entryHref('lesson', planned.id), { replace: true });
    },
  });
  return (
    <LessonForm
      initial={emptyLesson({ ...prefill, status: params.get('plan') === '1' ? 'planned' : 'held' })}
      submitLabel={submitLabel}
      cancelTo={cancelTo}
      choosable
      onSubmit={(values) => (values.status === 'planned' ? plan.mutateAsync(plannedLessonFieldsOf(values)) : onSubmit(lessonFieldsOf(values)))}
    />
  );
};
