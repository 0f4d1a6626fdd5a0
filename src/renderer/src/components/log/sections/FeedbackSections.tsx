/** The feedback form's sections: its direction, kind, what was said and where in the work. */
import { FEEDBACK_KINDS, FEEDBACK_KIND_LABELS, type FeedbackKind } from '../../../../../shared/entities/feedback';
import { TextArea } from '../../Field';
import { AnchorField } from '../AnchorField';
import { ChoiceField } from '../ChoiceField';
import type { FeedbackFormValues } from '../feedbackForm';
import { DirectionSection } from './CommonSections';
import type { SectionProps } from './sectionProps';

type FeedbackSectionProps = SectionProps<FeedbackFormValues>;

const KIND_CHOICES = FEEDBACK_KINDS.map((value) => ({ value, label: FEEDBACK_KIND_LABELS[value] }));
/** Quick capture's row has room for a shorter word only. */
const COMPACT_KIND_CHOICES = KIND_CHOICES.map((choice) => (choice.value === 'perspective' ? { ...choice, label: 'Idea' } : choice));

export function FeedbackDirectionSection(props: FeedbackSectionProps) {
  return <DirectionSection {...props} labels={{ received: 'I received it', given: 'I gave it' }} />;
}

export function FeedbackKindSection({ values, update, errorOf, compact }: FeedbackSectionProps) {
  return (
    <ChoiceField<FeedbackKind>
      legend="Kind"
      choices={compact ? COMPACT_KIND_CHOICES : KIND_CHOICES}
      value={values.kind}
      onChange={(kind) => update({ kind })}
      error={errorOf('kind')}
    />
  );
}

export function FeedbackBodySection({ values, update, errorOf, compact }: FeedbackSectionProps) {
  return (
    <TextArea
      label={compact ? 'What was said' : 'Feedback'}
      value={values.body}
      onChange={(event) => update({ body: event.target.value })}
      error={errorOf('body')}
      rows={compact ? 3 : 5}
      maxLength={10000}
      placeholder={compact ? undefined : values.direction === 'received' ? 'What they said, in their words or yours.' : 'What you told them.'}
      data-field="body"
    />
  );
}

export function FeedbackAnchorSection({ values, update, errorOf, compact }: FeedbackSectionProps) {
  return (
    <AnchorField
      label={compact ? 'Where in the work' : 'Anchor'}
      value={values.anchor}
      onChange={(anchor) => update({ anchor })}
      error={errorOf('anchor')}
    />
  );
}
