import { useRef, useState, type FormEvent } from 'react';
import { LESSON_ROLES, LESSON_ROLE_LABELS, LessonFields } from '../../../../shared/entities/lesson';
import { Button, ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DateField, TextArea, TextField } from '../../components/Field';
import { ErrorNotice } from '../../components/StatusViews';
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
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';

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
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errors = useFormErrors(LESSON_FIELDS);
  const form = useRef<HTMLFormElement>(null);

  const update = (patch: Partial<LessonFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (attempted) errors.check(LessonFields, lessonFieldsOf(next), LESSON_WORDING);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    // The create shape is checked either way: an edit sends the same fields, plus the ids of kept items.
    if (!errors.check(LessonFields, lessonFieldsOf(values), LESSON_WORDING)) {
      focusFirstInvalid(form.current);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      if (errors.fromError(error)) focusFirstInvalid(form.current);
      else setFailure(error);
      setSaving(false);
    }
  };

  return (
    <form ref={form} className="form log-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Lesson">
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
      {errors.general && (
        <p className="form__error" role="alert">
          {errors.general}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} title="Not saved" />}
      <div className="form__actions">
        <ButtonLink to={cancelTo} variant="ghost">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" busy={saving}>
          {saving ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
