/** SectionText: a section's words — a text area in the full form, one line in quick capture, where Enter logs the entry. */
import { TextArea, TextField } from '../../Field';

interface SectionTextProps {
  compact: boolean | undefined;
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: string | undefined;
  optional?: boolean;
  placeholder: string;
  maxLength: number;
  /** The text area's height in the full form. */
  rows: number;
  /** The form field it sets, for a form that moves the cursor to a field by name. */
  field: string;
}

export function SectionText({ compact, onChange, rows, field, ...text }: SectionTextProps) {
  return compact ? (
    <TextField {...text} onChange={(event) => onChange(event.target.value)} data-field={field} />
  ) : (
    <TextArea {...text} rows={rows} onChange={(event) => onChange(event.target.value)} data-field={field} />
  );
}
