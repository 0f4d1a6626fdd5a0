import { LESSON_ROLES, LESSON_ROLE_LABELS, LessonFields } from '../../../../shared/entities/lesson';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DateField, TextArea, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { CollaboratorSelect } from '../../components/log/CollaboratorSelect';
import { ConfidenceScale } from '../../components/log/ConfidenceScale';
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
import { ProjectSelect } from '../../components/log/ProjectSelect';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The create/edit form for a lesson, practice assignments and the "I could do this alone" rating included. */

const ROLE_CHOICES = LESSON_ROLES.map((value) => ({ value, label: LESSON_ROLE_LABELS[value] }));

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

  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Lesson">
      <div className="form__row">
        <CollaboratorSelect
          value={values.collaboratorId}
          onChange={(collaboratorId) => update({ collaboratorId })}
          error={errors.of('collaboratorId')}
          hint="Your mentor, your student, or the peer you swapped with."
          autoFocus={!initial.collaboratorId}
        />
        <ProjectSelect
          optional
          value={values.projectId}
          onChange={(projectId) => update({ projectId })}
          error={errors.of('projectId')}
        />
      </div>
      <div className="field">
        <ChoiceGroup legend="Your role" choices={ROLE_CHOICES} value={values.userRole} onChange={(userRole) => update({ userRole })} />
      </div>
      <div className="form__row">
        <DateField
          label="Date"
          value={values.date}
          max={todayIso()}
          onChange={(event) => update({ date: event.target.value })}
          error={errors.of('date')}
          hint="Older lessons can be back-filled."
        />
        <TextField
          label="Duration in minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={24 * 60}
          step={5}
          value={values.durationMin}
          onChange={(event) => update({ durationMin: event.target.value })}
          error={errors.of('durationMin')}
          hint="Under 45 counts as small, up to 90 medium, longer large."
        />
      </div>
      <TextArea
        label="Topics"
        rows={2}
        maxLength={2000}
        value={values.topics}
        onChange={(event) => update({ topics: event.target.value })}
        error={errors.of('topics')}
        placeholder="e.g. Voicing extended chords; left-hand independence"
      />
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
      <ConfidenceScale value={values.confidence} onChange={(confidence) => update({ confidence })} error={errors.of('confidence')} />
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
