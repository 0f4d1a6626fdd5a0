/** CollaboratorSelect: pick a person or group from the library; archived ones only appear when already chosen. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCall } from '../../api/hooks';
import { Select, type SelectOption } from '../Field';

interface CollaboratorSelectProps {
  label?: string;
  /** '' when no one is chosen (or, with `anyLabel`, "anyone"). */
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  /** For filters: the first option, meaning "no filter" (value ''). */
  anyLabel?: string;
  className?: string;
  autoFocus?: boolean;
}

export function CollaboratorSelect({ label = 'Person', value, onChange, error, hint, anyLabel, className, autoFocus }: CollaboratorSelectProps) {
  const people = useCall('collaborators.list', { includeArchived: true });
  const list = people.data ?? [];
  const shown = list
    .filter((person) => !person.archivedAt || person.id === value)
    .sort((a, b) => a.name.localeCompare(b.name));
  // Forms sort people from groups under two headings; a filter's short list stays flat.
  const hasGroups = anyLabel === undefined && shown.some((person) => person.kind === 'group');
  const options: SelectOption[] = [
    ...(anyLabel === undefined ? [] : [{ value: '', label: anyLabel }]),
    ...shown.map((person) => ({
      value: person.id,
      label: person.archivedAt ? `${person.name} (archived)` : person.name,
      ...(hasGroups ? { group: person.kind === 'group' ? 'Groups' : 'People' } : {}),
    })),
  ];
  const empty = people.isSuccess && shown.length === 0 && anyLabel === undefined;
  return (
    <Select
      label={label}
      className={className}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      options={options}
      autoFocus={autoFocus}
      disabled={people.isPending}
      {...(anyLabel === undefined ? { placeholder: people.isPending ? 'Loading people…' : 'Choose a person…' } : {})}
      hint={
        empty ? (
          <>
            No one in your library yet.{' '}
            <Link className="link" to="/people/new">
              Add a person first
            </Link>
          </>
        ) : (
          hint
        )
      }
    />
  );
}
