/** FormActions: the foot of a create/edit form — a message no field owns, a failed save, then Cancel and the submit button. */
import { Button, ButtonLink } from './Button';
import { ErrorNotice } from './StatusViews';
import './controls/form.css';

interface FormActionsProps {
  cancelTo: string;
  submitLabel: string;
  saving: boolean;
  failure: unknown;
  /** A validation message that names no field on the form. */
  general: string | undefined;
}

export function FormActions({ cancelTo, submitLabel, saving, failure, general }: FormActionsProps) {
  return (
    <>
      {general && (
        <p className="form__error" role="alert">
          {general}
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
    </>
  );
}
