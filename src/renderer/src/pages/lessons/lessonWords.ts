import type { Lesson, LessonRole } from '../../../../shared/entities/lesson';

/** How a lesson is named in headings and rows. */
const ROLE_PHRASE: Record<LessonRole, string> = {
  learner: 'Lesson with',
  teacher: 'Taught',
  peers: 'Skill swap with',
};

/** "Lesson with Ada Okafor", "Taught Lee Marlow", "Skill swap with Sam Reyes". */
export const lessonTitle = (lesson: Pick<Lesson, 'userRole' | 'collaboratorName'>) =>
  `${ROLE_PHRASE[lesson.userRole]} ${lesson.collaboratorName}`;

/** 45 → "45 min", 90 → "1 h 30 min", 120 → "2 h". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
