/** The lesson form's sections: your role, how long, the topics and the "I could do this alone" rating. */
import { LESSON_ROLES, LESSON_ROLE_LABELS, type LessonRole } from '../../../../../shared/entities/lesson';
import { TextField } from '../../Field';
import { ChoiceField } from '../ChoiceField';
import { ConfidenceScale } from '../ConfidenceScale';
import type { LessonFormValues } from '../lessonForm';
import type { SectionProps } from './sectionProps';
import { SectionText } from './SectionText';

type LessonSectionProps = SectionProps<LessonFormValues>;

const COMPACT_ROLE_LABELS: Record<LessonRole, string> = { learner: 'I learned', teacher: 'I taught', peers: 'We swapped' };

const roleChoices = (labels: Record<LessonRole, string>) => LESSON_ROLES.map((value) => ({ value, label: labels[value] }));
const ROLE_CHOICES = roleChoices(LESSON_ROLE_LABELS);
const COMPACT_ROLE_CHOICES = roleChoices(COMPACT_ROLE_LABELS);

export function LessonRoleSection({ values, update, errorOf, compact }: LessonSectionProps) {
  return (
    <ChoiceField
      legend={compact ? 'My role' : 'Your role'}
      choices={compact ? COMPACT_ROLE_CHOICES : ROLE_CHOICES}
      value={values.userRole}
      onChange={(userRole) => update({ userRole })}
      error={errorOf('userRole')}
    />
  );
}

export function LessonDurationSection({ values, update, errorOf, compact }: LessonSectionProps) {
  return (
    <TextField
      label={compact ? 'Minutes' : 'Duration in minutes'}
      type="number"
      inputMode="numeric"
      min={1}
      max={24 * 60}
      step={5}
      value={values.durationMin}
      onChange={(event) => update({ durationMin: event.target.value })}
      error={errorOf('durationMin')}
      hint={compact ? undefined : 'Under 45 counts as small, up to 90 medium, longer large.'}
      data-field="durationMin"
    />
  );
}

export function LessonTopicsSection({ values, update, errorOf, compact }: LessonSectionProps) {
  return (
    <SectionText
      compact={compact}
      label="Topics"
      rows={2}
      maxLength={2000}
      value={values.topics}
      onChange={(topics) => update({ topics })}
      error={errorOf('topics')}
      placeholder={compact ? 'Compression, voicing the bridge…' : 'e.g. Voicing extended chords; left-hand independence'}
      field="topics"
    />
  );
}

export function LessonConfidenceSection({ values, update, errorOf, compact }: LessonSectionProps) {
  return (
    <ConfidenceScale
      compact={compact}
      value={values.confidence}
      onChange={(confidence) => update({ confidence })}
      error={errorOf('confidence')}
    />
  );
}
