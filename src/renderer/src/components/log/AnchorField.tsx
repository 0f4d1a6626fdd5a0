/** AnchorField: where in the work feedback points — a time range "1:23–1:40" or free text "bar 32" — checked as you type. */
import { useState } from 'react';
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
  // Half-typed times ("1:2") are not errors yet: the live check speaks once the field has been left.
  const [touched, setTouched] = useState(false);
  const reading = readAnchor(value);
  const live = touched && reading.kind === 'invalid' ? reading.message : undefined;
  const hint =
    reading.kind === 'time'
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
