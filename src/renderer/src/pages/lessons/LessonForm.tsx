import { LessonFields, type LessonStatus } from '../../../../shared/entities/lesson';
import { DateField, TextArea } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { ChoiceField } from '../../components/log/ChoiceField';
import { todayIso } from '../../components/log/dates';
import { LedgerOverride } from '../../components/log/LedgerOverride';
import {
  LESSON_FIELDS,
  LESSON_ROLE_NOTE,
  LESSON_WORDING,
  lessonCountsAs,
  lessonDefaultReason,
  lessonFieldsOf,
  type LessonFormValues,
} from '../../components/log/lessonForm';
import { PracticeListEditor } from '../../components/log/PracticeListEditor';
import { DaySection, PersonSection, ProjectSection } from '../../components/log/sections/CommonSections';
import {
  LessonConfidenceSection,
  LessonDurationSection,
  LessonRoleSection,
  LessonTopicsSection,
} from '../../components/log/sections/LessonSections';
import type { SectionProps } from '../../components/log/sections/sectionProps';
import { useEntryForm } from '../../hooks/useEntryForm';
import './LessonForm.css';

/**
 * The create/edit form for a lesson, practice assignments and the "I could do this alone" rating
 * included. A new lesson is either logged as one that happened or planned ahead; a planned (or
 * cancelled) lesson has only what is known before it: who, when, how long, the topics.
 */

type NewLessonChoice = Extract<LessonStatus, 'held' | 'planned'>;

const NEW_LESSON_CHOICES: { value: NewLessonChoice; label: string }[] = [
  { value: 'held', label: 'Log a lesson that happened' },
  { value: 'planned', label: 'Plan a lesson' },
];

const NOT_HELD_NOTE: Record<Exclude<LessonStatus, 'held'>, string> = {
  planned: 'Takeaways, practice and how confident you feel come when you mark the lesson held.',
  cancelled: 'This lesson was cancelled: it counts nowhere, and keeps the day it was planned for.',
};

/** Switching between logging and planning keeps the day when it fits the choice, else today. */
function dayFor(status: NewLessonChoice, date: string): string {
  const today = todayIso();
  if (status === 'planned') return date < today ? today : date;
  return date > today ? today : date;
}

interface LessonFormProps {
  initial: LessonFormValues;
  submitLabel: string;
  cancelTo: string;
  /** A new lesson: offer "Log a lesson that happened" or "Plan a lesson" (the submit label follows). */
  choosable?: boolean;
  /** Sends the values (the page maps them to create, plan or update); throws a CallError when refused. */
  onSubmit: (values: LessonFormValues) => Promise<unknown>;
}

export function LessonForm({ initial, submitLabel, cancelTo, choosable = false, onSubmit }: LessonFormProps) {
  const { values, update, submit, saving, failure, errors, formRef } = useEntryForm({
    initial,
    // The create shape is checked either way: an edit sends the same fields, plus the ids of kept items.
    schema: LessonFields,
    fieldsOf: lessonFieldsOf,
    fields: LESSON_FIELDS,
    wording: LESSON_WORDING,
    onSubmit: (_fields, checkedValues) => onSubmit(checkedValues),
  });
  const section = { values, update, errorOf: errors.of };
  const { status } = values;
  const planned = status === 'planned';

  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Lesson">
      {choosable && (
        <ChoiceField
          legend="What are you writing down?"
          choices={NEW_LESSON_CHOICES}
          value={planned ? 'planned' : 'held'}
          onChange={(next) => update({ status: next, date: dayFor(next, values.date) })}
          hint={planned ? 'A planned lesson counts nowhere until you say it was held.' : 'A lesson you took or taught, or a session of peers swapping skills.'}
        />
      )}
      <div className="form__row">
        <PersonSection {...section} hint="Your mentor, your student, or the peer you swapped with." autoFocus={!initial.collaboratorId} />
        <ProjectSection {...section} />
      </div>
      <LessonRoleSection {...section} />
      <div className="form__row">
        {status === 'held' ? (
          <DaySection {...section} hint="Older lessons can be back-filled." />
        ) : (
          <DateField
            label="Date"
            value={values.date}
            min={planned ? todayIso() : undefined}
            disabled={!planned}
            onChange={(event) => update({ date: event.target.value })}
            error={errors.of('date')}
            hint={!planned ? 'The day it was planned for.' : values.date < todayIso() ? 'Its day has passed: say what happened on its page, or choose today or a later day.' : 'Today or a later day.'}
          />
        )}
        <LessonDurationSection {...section} />
      </div>
      <LessonTopicsSection {...section} />
      {status === 'held' ? <HeldSections {...section} /> : <p className="lesson-form__note">{NOT_HELD_NOTE[status]}</p>}
      <LedgerOverride
        defaults={lessonCountsAs({ durationMin: values.durationMin, benefitOverride: null, weightOverride: null })}
        because={lessonDefaultReason(values.durationMin)}
        benefitOverride={values.benefitOverride}
        weightOverride={values.weightOverride}
        onChange={(override) => update(override)}
        note={LESSON_ROLE_NOTE[values.userRole]}
        error={errors.of('benefitOverride') ?? errors.of('weightOverride')}
      />
      <FormActions cancelTo={cancelTo} submitLabel={choosable && planned ? 'Plan lesson' : submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}

/** What a lesson that happened brings: takeaways, practice, and how confident you now feel. */
function HeldSections(section: SectionProps<LessonFormValues>) {
  const { values, update, errorOf } = section;
  return (
    <>
      <TextArea
        label="Takeaways"
        optional
        rows={4}
        maxLength={10000}
        value={values.takeaways}
        onChange={(event) => update({ takeaways: event.target.value })}
        error={errorOf('takeaways')}
        placeholder="What you want to remember from it."
      />
      <PracticeListEditor
        items={values.practice}
        onChange={(practice) => update({ practice })}
        error={errorOf('practice')}
        minDue={values.date}
      />
      <LessonConfidenceSection {...section} />
    </>
  );
}
