/** The essentials of each kind of entry in quick capture: the kind's own form sections, compact, laid out for the dialog. */
import type { SectionProps } from '../log/sections/sectionProps';
import {
  FeedbackAnchorSection,
  FeedbackBodySection,
  FeedbackDirectionSection,
  FeedbackKindSection,
} from '../log/sections/FeedbackSections';
import {
  HelpBenefitSection,
  HelpDirectionSection,
  HelpInitiatorSection,
  HelpNoteSection,
  HelpWeightSection,
} from '../log/sections/HelpSections';
import {
  LessonConfidenceSection,
  LessonDurationSection,
  LessonRoleSection,
  LessonTopicsSection,
} from '../log/sections/LessonSections';
import { RequestAskedBySection, RequestOutcomeSection, RequestWhatSection } from '../log/sections/RequestSections';
import { DRAFT_FORMS, type CaptureDraft, type CaptureField, type DraftForm } from './captureDraft';
import './KindFields.css';

export interface KindFieldsProps {
  draft: CaptureDraft;
  /** Changes the draft; the fields named are the ones whose messages the change answers. */
  update: (patch: Partial<CaptureDraft>, fields: readonly CaptureField[]) => void;
  errorOf: (field: CaptureField) => string | undefined;
}

/** A kind's sections over the draft: they read the kind's values from it and write their changes back. */
function sectionOver<V>(form: DraftForm<V>, { draft, update, errorOf }: KindFieldsProps): SectionProps<V> {
  return {
    values: form.valuesOf(draft),
    update: (change) => update(form.draftOf(change), Object.keys(change) as CaptureField[]),
    // Every kind's fields are among the capture's fields.
    errorOf: (field) => errorOf(field as CaptureField),
    compact: true,
  };
}

export function FeedbackEssentials(props: KindFieldsProps) {
  const section = sectionOver(DRAFT_FORMS.feedback, props);
  return (
    <>
      <div className="capture__choices">
        <FeedbackDirectionSection {...section} />
        <FeedbackKindSection {...section} />
      </div>
      <FeedbackBodySection {...section} />
      <FeedbackAnchorSection {...section} />
    </>
  );
}

export function LessonEssentials(props: KindFieldsProps) {
  const section = sectionOver(DRAFT_FORMS.lesson, props);
  return (
    <>
      <div className="capture__choices">
        <LessonRoleSection {...section} />
        <div className="capture__duration">
          <LessonDurationSection {...section} />
        </div>
      </div>
      <LessonTopicsSection {...section} />
      <LessonConfidenceSection {...section} />
    </>
  );
}

export function HelpEssentials(props: KindFieldsProps) {
  const section = sectionOver(DRAFT_FORMS.help, props);
  return (
    <>
      <div className="capture__choices">
        <HelpDirectionSection {...section} />
        <HelpBenefitSection {...section} />
        <HelpWeightSection {...section} />
        <HelpInitiatorSection {...section} />
      </div>
      <HelpNoteSection {...section} />
    </>
  );
}

export function RequestEssentials(props: KindFieldsProps) {
  const section = sectionOver(DRAFT_FORMS.request, props);
  return (
    <>
      <RequestAskedBySection {...section} />
      <RequestWhatSection {...section} />
      <RequestOutcomeSection {...section} />
    </>
  );
}
