import { LessonFields } from '../../../../shared/entities/lesson';
import { TextArea } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
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
import { useEntryForm } from '../../hooks/useEntryForm';

/** The create/edit form for a lesson, practice assignments and the "I could do this alone" rating included. */

interface LessonFormProps {
  initial: LessonFormValues;
  submitLabel: string;
  cancelTo: string;
  /** Sends the values (the page maps them to create or update); throws a CallError when refused. */
  onSubmit: (values: LessonFormValues) => Promise<unknown>;
}

export function LessonForm({ initial, submitLabel, cancelTo, onSubmit }: LessonFormProps) {
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

  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Lesson">
      <div className="form__row">
        <PersonSection {...section} hint="Your mentor, your student, or the peer you swapped with." autoFocus={!initial.collaboratorId} />
        <ProjectSection {...section} />
      </div>
      <LessonRoleSection {...section} />
      <div className="form__row">
        <DaySection {...section} hint="Older lessons can be back-filled." />
        <LessonDurationSection {...section} />
      </div>
      <LessonTopicsSection {...section} />
      <TextArea
        label="Takeaways"
        optional
        rows={4}
        maxLength={10000}
        value={values.takeaways}
        onChange={(event) => update({ takeaways: event.target.value })}
        error={errors.of('takeaways')}
        placeholder="What you want to remember from it."
      />
      <PracticeListEditor
        items={values.practice}
        onChange={(practice) => update({ practice })}
        error={errors.of('practice')}
        minDue={values.date}
      />
      <LessonConfidenceSection {...section} />
      <LedgerOverride
        defaults={lessonCountsAs({ durationMin: values.durationMin, benefitOverride: null, weightOverride: null })}
        because={lessonDefaultReason(values.durationMin)}
        benefitOverride={values.benefitOverride}
        weightOverride={values.weightOverride}
        onChange={(override) => update(override)}
        note={LESSON_ROLE_NOTE[values.userRole]}
        error={errors.of('benefitOverride') ?? errors.of('weightOverride')}
      />
      <FormActions cancelTo={cancelTo} submitLabel={submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}
