import { LESSON_ROLE_LABELS, LESSON_STATUS_LABELS } from '../../../shared/entities/lesson';
import { Badge } from '../components/Badge';
import { MetaLine } from '../components/entry/MetaLine';
import { emptyLesson, lessonFieldsOf, lessonPatchOf, lessonValuesOf } from '../components/log/lessonForm';
import { formatDay } from '../format';
import { LessonAbout, LessonMain } from '../pages/lessons/LessonDetail';
import { LessonForm } from '../pages/lessons/LessonForm';
import { NewLessonForm } from '../pages/lessons/NewLessonForm';
import { PlannedLessonControls } from '../pages/lessons/PlannedLessonControls';
import { LessonList } from '../pages/lessons/LessonList';
import { formatDuration, lessonTitle } from '../pages/lessons/lessonWords';
import { entryForm, type RendererKind } from './rendererKind';

export const lessonUi: RendererKind<'lesson'> = {
  icon: 'lessons',
  navOrder: 20,
  List: LessonList,
  loading: 'Loading lesson…',
  // The form hands back its values: an edit keeps the ids of the practice items it did not remove.
  form: {
    ...entryForm({ Form: LessonForm, empty: emptyLesson, valuesOf: lessonValuesOf, createInput: lessonFieldsOf, patchInput: lessonPatchOf }),
    // A new lesson is logged as held or planned ahead (NewLessonForm sends a plan itself).
    New: NewLessonForm,
  },
  newPage: {
    subtitle: 'A lesson you took or taught, a session of peers swapping skills, or one you plan ahead.',
    submitLabel: 'Log lesson',
  },
  editPage: { subtitle: lessonTitle, back: 'Back to the lesson' },
  detail: {
    title: lessonTitle,
    badge: (lesson) => (
      <>
        {lesson.status !== 'held' && <Badge tone={lesson.status === 'planned' ? 'violet' : 'neutral'}>{LESSON_STATUS_LABELS[lesson.status]}</Badge>}
        <Badge tone="blue">{LESSON_ROLE_LABELS[lesson.userRole]}</Badge>
      </>
    ),
    subtitle: (lesson) => <MetaLine parts={[formatDay(lesson.date), formatDuration(lesson.durationMin), lesson.projectTitle]} />,
    Controls: PlannedLessonControls,
    Main: LessonMain,
    Side: LessonAbout,
  },
};
