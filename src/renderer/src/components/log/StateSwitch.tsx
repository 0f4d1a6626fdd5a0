/**
 * StateSwitch: where an entry stands in its lifecycle (a feedback's status, a request's outcome),
 * as a segmented control under the entry's title that always shows the saved state — open shows as
 * open — and changes it in one step: pick a state and it is saved at once, with Undo in a toast. A
 * state that needs more (a decline's reason) shows its question below instead of saving.
 */
import { useState, type ReactNode } from 'react';
import { ChoiceGroup, type Choice } from '../ChoiceGroup';
import { useToast } from '../Toast';
import { useReportError } from '../../hooks/useReportError';
import './StateSwitch.css';

interface StateSwitchProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  /** The state to show checked: the saved one, or the one being saved or asked about. */
  value: V;
  onPick: (next: V) => void;
  disabled?: boolean;
  /** A line under the switch: since when, and a way to change the day. */
  note?: ReactNode;
  /** What a picked state still asks for (a decline's reason), under the note. */
  children?: ReactNode;
}

export function StateSwitch<V extends string>({ legend, choices, value, onPick, disabled, note, children }: StateSwitchProps<V>) {
  return (
    <div className="state-switch">
      <ChoiceGroup className="status-switch" legend={legend} choices={choices} value={value} onChange={onPick} disabled={disabled} />
      {note && <div className="state-switch__note">{note}</div>}
      {children}
    </div>
  );
}

interface StateChange {
  /** Saves the new state. */
  apply: () => Promise<unknown>;
  /** Puts the state before it back (the toast's Undo). */
  undo: () => Promise<unknown>;
  /** "Marked applied.", "Outcome: met." */
  message: string;
  /** What failed, in "Could not …". */
  doing: string;
}

/**
 * Saving a lifecycle change with Undo, the same for every kind: the picked state shows at once
 * while it saves, then the toast offers Undo (one toast per entry: a newer change replaces it).
 */
export function useStateChange<V extends string>(current: V, key: string) {
  const toast = useToast();
  const report = useReportError();
  const [saving, setSaving] = useState<V | null>(null);
  const run = (next: V, change: StateChange) => {
    setSaving(next);
    return change.apply().then(
      () => {
        setSaving(null);
        toast.show({
          tone: 'success',
          message: change.message,
          key,
          action: { label: 'Undo', run: () => change.undo().then(() => undefined, (error: unknown) => report(error, 'undo the change')) },
        });
        return true;
      },
      (error: unknown) => {
        setSaving(null);
        report(error, change.doing);
        return false;
      },
    );
  };
  return { shown: saving ?? current, saving: saving !== null, run };
}
