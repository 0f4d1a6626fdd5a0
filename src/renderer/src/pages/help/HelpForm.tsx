import { HelpFields } from '../../../../shared/entities/exchange';
import { FormActions } from '../../components/FormActions';
import { HELP_FIELDS, HELP_WORDING, helpFieldsOf, type HelpFormValues } from '../../components/log/helpForm';
import { DaySection, PersonSection, ProjectSection } from '../../components/log/sections/CommonSections';
import {
  HelpBenefitSection,
  HelpDirectionSection,
  HelpInitiatorSection,
  HelpNoteSection,
  HelpWeightSection,
} from '../../components/log/sections/HelpSections';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The form for help logged directly in the ledger: "Sam introduced me to a gallery (growth, large, Sam's idea)". */

interface HelpFormProps {
  initial: HelpFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (fields: ReturnType<typeof helpFieldsOf>) => Promise<unknown>;
}

export function HelpForm({ initial, submitLabel, cancelTo, onSubmit }: HelpFormProps) {
  const { values, update, submit, saving, failure, errors, formRef } = useEntryForm({
    initial,
    schema: HelpFields,
    fieldsOf: helpFieldsOf,
    fields: HELP_FIELDS,
    wording: HELP_WORDING,
    onSubmit,
  });

  const section = { values, update, errorOf: errors.of };
  const received = values.direction === 'received';
  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Help">
      <div className="form__row">
        <HelpDirectionSection {...section} />
        <PersonSection {...section} hint={received ? 'Who helped you.' : 'Who you helped.'} autoFocus={!initial.collaboratorId} />
      </div>
      <HelpNoteSection {...section} />
      <HelpBenefitSection {...section} />
      <div className="form__row">
        <HelpWeightSection {...section} />
        <HelpInitiatorSection {...section} />
      </div>
      <div className="form__row">
        <DaySection {...section} hint="Older help can be back-filled." />
        <ProjectSection {...section} />
      </div>
      <FormActions cancelTo={cancelTo} submitLabel={submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}
