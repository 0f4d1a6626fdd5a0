/** The quick capture form: kind, person, project, date, then the kind's essentials; Enter or Ctrl/Cmd+Enter logs it. */
import { useCallback, useEffect, useRef, useState, type ComponentType, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Collaborator } from '../../../../shared/entities/collaborator';
import type { Project } from '../../../../shared/entities/project';
import { KINDS } from '../../../../shared/kinds';
import { MEDIUM_LABEL, ROLE_LABEL } from '../../format';
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';
import { Button } from '../Button';
import { ChoiceGroup } from '../ChoiceGroup';
import { DateField, ErrorMark } from '../Field';
import { messageOf } from '../StatusViews';
import {
  CAPTURE_FIELDS,
  CAPTURE_KINDS,
  CAPTURE_KIND_LABELS,
  newDraft,
  requestOf,
  type CaptureDraft,
  type CaptureField,
  type CaptureKind,
  type CaptureRequest,
} from './captureDraft';
import { Combobox, type ComboOption } from './Combobox';
import { FeedbackEssentials, HelpEssentials, LessonEssentials, RequestEssentials, type KindFieldsProps } from './KindFields';
import { discardKeptDraft, keepDraft } from './keptDraft';
import { modKey } from './shortcutLabel';
import '../controls/form.css';
import './QuickCaptureForm.css';

const WORDING: Partial<Record<CaptureField, string>> = {
  collaboratorId: 'Choose who it was with',
  projectId: 'Choose a project from the list, or leave it empty',
};

const ESSENTIALS: Record<CaptureKind, ComponentType<KindFieldsProps>> = {
  feedback: FeedbackEssentials,
  lesson: LessonEssentials,
  help: HelpEssentials,
  request: RequestEssentials,
};

const KIND_CHOICES = CAPTURE_KINDS.map((value) => ({ value, label: CAPTURE_KIND_LABELS[value] }));

export interface CaptureStart {
  kind: CaptureKind;
  collaboratorId: string | null;
  projectId: string | null;
}

/** What the form opens with: a fresh draft from the start, or the draft kept from last time. */
export interface CaptureOpeningDraft {
  start: CaptureStart;
  /** The unsaved draft of an earlier opening, restored; the form says so and offers to start over. */
  kept: CaptureDraft | null;
}

interface QuickCaptureFormProps {
  opening: CaptureOpeningDraft;
  people: readonly Collaborator[];
  projects: readonly Project[];
  saving: boolean;
  /** Logs the entry; a rejected call comes back as a thrown CallError. */
  onSave: (request: CaptureRequest) => Promise<void>;
  onCancel: () => void;
}

/**
 * Puts the cursor where the form's order says the user is: on the person while none is chosen,
 * else on the kind's first field (the direction, the role, who asked), never past it, since each
 * of those has a default that is wrong half the time. A choice group gets its chosen option.
 */
function focusStart(form: HTMLFormElement | null, draft: CaptureDraft): HTMLElement | undefined {
  const target = draft.collaboratorId
    ? form?.querySelector<HTMLElement>('.capture__essentials :is(input, textarea, select)')
    : form?.querySelector<HTMLElement>('[data-field="collaboratorId"]');
  const chosen = target instanceof HTMLInputElement && target.type === 'radio' ? target.closest('fieldset')?.querySelector<HTMLElement>('input:checked') : null;
  const focused = chosen ?? target ?? undefined;
  focused?.focus();
  return focused;
}

export function QuickCaptureForm({ opening, people, projects, saving, onSave, onCancel }: QuickCaptureFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<CaptureDraft>(() => opening.kept ?? newDraft(opening.start));
  const [restored, setRestored] = useState(opening.kept !== null);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = useFormErrors(CAPTURE_FIELDS);
  const { clear } = errors;

  /** Changes the draft and drops the messages the change answers. */
  const update = useCallback(
    (patch: Partial<CaptureDraft>, fields: readonly CaptureField[]) => {
      setDraft((current) => ({ ...current, ...patch }));
      for (const field of fields) clear(field);
      setFailure(null);
    },
    [clear],
  );

  // Every change is kept at once, so no way of closing the dialog (or the app) loses what was typed.
  useEffect(() => keepDraft(draft), [draft]);

  // Focus moves at once, never a frame later, so keys typed straight after land in the field meant for them.
  const focusNeeded = (next: CaptureDraft) => focusStart(formRef.current, next);
  const [first] = useState(draft);
  useEffect(() => {
    // On opening this runs before the dialog's showModal(), which focuses the `autofocus` element itself.
    focusStart(formRef.current, first)?.setAttribute('autofocus', '');
  }, [first]);

  const startOver = () => {
    discardKeptDraft();
    const fresh = newDraft(opening.start);
    flushSync(() => setDraft(fresh));
    setRestored(false);
    errors.clear();
    setFailure(null);
    focusNeeded(fresh);
  };

  const switchKind = (kind: CaptureKind, moveFocus: boolean) => {
    const next = { ...draft, kind };
    // The new kind's fields must be in the page before focus can move into them.
    flushSync(() => setDraft(next));
    errors.clear();
    setFailure(null);
    if (moveFocus) focusNeeded(next);
  };

  const submit = async () => {
    if (saving) return;
    const request = requestOf(draft);
    if (!errors.check(KINDS[request.kind].schemas.fields, request.input, WORDING)) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await onSave(request);
    } catch (error) {
      if (errors.fromError(error)) focusFirstInvalid(formRef.current);
      else setFailure(messageOf(error));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const digit = /^Digit([1-4])$/.exec(event.code)?.[1];
    if (event.altKey && !event.ctrlKey && !event.metaKey && digit) {
      event.preventDefault();
      switchKind(CAPTURE_KINDS[Number(digit) - 1] ?? draft.kind, true);
      return;
    }
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    // Ctrl/Cmd+Enter saves from anywhere, a text area included; plain Enter from any one-line field or choice.
    if (event.ctrlKey || event.metaKey || (target instanceof HTMLInputElement && target.type !== 'button')) {
      event.preventDefault();
      void submit();
    }
  };

  const personOptions: ComboOption[] = people.map((person) => ({
    value: person.id,
    label: person.name,
    hint: person.roles.map((role) => ROLE_LABEL[role]).join(', ') || (person.kind === 'group' ? 'Group' : undefined),
  }));
  const projectOptions: ComboOption[] = projects.map((project) => ({
    value: project.id,
    label: project.title,
    hint: MEDIUM_LABEL[project.medium],
  }));

  const Essentials = ESSENTIALS[draft.kind];

  return (
    <form ref={formRef} className="capture form form--dialog" aria-label="Quick log" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <ChoiceGroup
        className="capture__kinds"
        legend="Kind of entry"
        hideLegend
        choices={KIND_CHOICES}
        value={draft.kind}
        onChange={(kind) => switchKind(kind, false)}
      />
      {restored && (
        <p className="capture__restored" role="status">
          <span>Restored the draft you had not logged yet.</span>
          <Button size="sm" variant="ghost" onClick={startOver}>
            Discard draft
          </Button>
        </p>
      )}
      <div className="capture__who">
        <Combobox
          label="Person"
          fieldName="collaboratorId"
          options={personOptions}
          value={draft.collaboratorId}
          onChange={(collaboratorId) => update({ collaboratorId }, ['collaboratorId'])}
          onPicked={(collaboratorId) => focusNeeded({ ...draft, collaboratorId })}
          placeholder="Type a name…"
          error={errors.of('collaboratorId')}
          noMatch={(query) =>
            people.length === 0 ? 'No people yet. Add them on the People page.' : `No one called “${query.trim()}”`
          }
        />
        <Combobox
          label="Project"
          fieldName="projectId"
          optional
          options={projectOptions}
          value={draft.projectId}
          onChange={(projectId) => update({ projectId }, ['projectId'])}
          placeholder="None"
          error={errors.of('projectId')}
          noMatch={(query) => (projects.length === 0 ? 'No projects yet.' : `No project called “${query.trim()}”`)}
        />
        <DateField
          className="capture__date"
          label="Date"
          value={draft.date}
          onChange={(event) => update({ date: event.target.value }, ['date', 'dateAsked'])}
          error={errors.of('date') ?? errors.of('dateAsked')}
          data-field="date"
        />
      </div>
      <div className="capture__essentials">
        <Essentials draft={draft} update={update} errorOf={errors.of} />
      </div>
      {(failure ?? errors.general) && (
        <p className="form__error capture__failure" role="alert">
          <ErrorMark />
          {failure ?? errors.general}
        </p>
      )}
      <div className="capture__footer">
        <p className="capture__keys" aria-hidden="true">
          <kbd>Alt</kbd> <kbd>1</kbd>–<kbd>4</kbd> kind
          <span className="dot-sep" />
          <kbd>{modKey()}</kbd> <kbd>Enter</kbd> log
          <span className="dot-sep" />
          <kbd>Esc</kbd> close
        </p>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={saving}>
          Log {CAPTURE_KIND_LABELS[draft.kind].toLowerCase()}
        </Button>
      </div>
    </form>
  );
}
