/** ProjectSelect: an optional project; archived projects only appear when already chosen. */
import type { ReactNode } from 'react';
import { useCall } from '../../api/hooks';
import { Select, type SelectOption } from '../Field';

interface ProjectSelectProps {
  label?: string;
  /** '' for no project (or, with `anyLabel`, "any project"). */
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  /** For filters: the first option, meaning "no filter". Forms get "No project" instead. */
  anyLabel?: string;
  optional?: boolean;
  className?: string;
}

export function ProjectSelect({ label = 'Project', value, onChange, error, hint, anyLabel, optional, className }: ProjectSelectProps) {
  const projects = useCall('projects.list', { includeArchived: true });
  const shown = (projects.data ?? [])
    .filter((project) => !project.archivedAt || project.id === value)
    .sort((a, b) => a.title.localeCompare(b.title));
  const options: SelectOption[] = [
    { value: '', label: anyLabel ?? (projects.isPending ? 'Loading projects…' : 'No project') },
    ...shown.map((project) => ({ value: project.id, label: project.archivedAt ? `${project.title} (archived)` : project.title })),
  ];
  return (
    <Select
      label={label}
      className={className}
      optional={optional}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      options={options}
      hint={hint}
    />
  );
}
