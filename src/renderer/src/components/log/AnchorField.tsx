/** AnchorField: where in the work feedback points — a time range "1:23–1:40" or free text "bar 32" — checked as you type. */
import { useState } from 'react';
import { TIME_FORMAT_MESSAGE } from '../../../../shared/timeAnchor';
import { TextField } from '../Field';
import { readAnchor } from './feedbackForm';

interface AnchorFieldProps {
  value: string;
  onChange: (text: string) => void;
  /** A message from the form's own check or the main process; wins over the live one. */
  error?: string | undefined;
  label?: string;
  className?: string;
}

const plainSeconds = (seconds: number) => {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
};

export function AnchorField({ value, onChange, error, label = 'Anchor', className }: AnchorFieldProps) {
  // A half-typed time ("1:2") is not an error yet: that one waits until the field is left. A
  // complete but impossible one ("1:40–1:23") is reported as it is typed.
  const [touched, setTouched] = useState(false);
  const reading = readAnchor(value);
  const live =
    reading.kind === 'invalid' && (touched || reading.message !== TIME_FORMAT_MESSAGE) ? reading.message : undefined;
  // One line, like the error that may replace it on leaving the field, so nothing below jumps
  // (a jump between mouse down and up would swallow a click on Save).
  const hint =
    reading.kind === 'invalid'
      ? 'Finish the time, like 1:23 or 1:23–1:40.'
      : reading.kind === 'time'
      ? reading.seconds === null
        ? `A moment in the track: ${reading.label}.`
        : `A time range in the track: ${reading.label} (${plainSeconds(reading.seconds)}).`
      : reading.kind === 'text'
        ? 'A place in the work, kept as you wrote it.'
        : 'A moment or range in a track, like 1:23–1:40, or a place: “bar 32”, “page 4”, “top left”.';
  return (
    <TextField
      label={label}
      optional
      className={className}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
        if (readAnchor(event.target.value).kind !== 'invalid') setTouched(false);
      }}
      onBlur={() => setTouched(true)}
      error={error ?? live}
      hint={error ?? live ? undefined : hint}
      autoComplete="off"
      spellCheck={false}
      placeholder="1:23–1:40 or bar 32"
    />
  );
}
