/** LogFilterPanel: a list's filters in one labelled panel — the page's own ones first, then person, project and dates — with "Clear filters". */
import type { ReactNode } from 'react';
import { Button } from '../Button';
import { DateField, Select } from '../Field';
import { CollaboratorSelect } from './CollaboratorSelect';
import { ProjectSelect } from './ProjectSelect';
import type { LogFilters } from './useLogFilters';
import './LogFilterPanel.css';

interface LogFilterPanelProps {
  /** The region's name, e.g. "Filter feedback". */
  label: string;
  filters: LogFilters;
  /** The page's own filters (status, kind…), shown first. */
  children?: ReactNode;
  /** True when one of the page's own filters is set. */
  ownActive?: boolean;
  /** The date fields' labels, when the range is not simply the entry's date (e.g. "Asked from"). */
  dateLabels?: [from: string, to: string];
}

export function LogFilterPanel({ label, filters, children, ownActive = false, dateLabels = ['From', 'To'] }: LogFilterPanelProps) {
  const active = ownActive || filters.narrowed;
  return (
    <section className="log-filters" aria-label={label}>
      <div className="log-filters__grid">
        {children}
        <CollaboratorSelect
          label="Person"
          anyLabel="Everyone"
          className="field--compact"
          value={filters.collaboratorId}
          onChange={filters.setCollaboratorId}
        />
        <ProjectSelect
          label="Project"
          anyLabel="All projects"
          className="field--compact"
          value={filters.projectId}
          onChange={filters.setProjectId}
        />
        <DateField
          label={dateLabels[0]}
          className="field--compact"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => filters.setFrom(event.target.value)}
        />
        <DateField
          label={dateLabels[1]}
          className="field--compact"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => filters.setTo(event.target.value)}
          error={filters.rangeError}
        />
      </div>
      {active && (
        <div className="log-filters__footer">
          <Button size="sm" variant="ghost" onClick={filters.clearAll}>
            Clear filters
          </Button>
        </div>
      )}
    </section>
  );
}

interface EnumFilterSelectProps<V extends string> {
  label: string;
  /** The first option, meaning "no filter": "Any status". */
  anyLabel: string;
  options: readonly V[];
  labels: Record<V, string>;
  value: V | 'all';
  onChange: (value: V | 'all') => void;
}

/** One of a page's own filters in the panel: any value, or just one. */
export function EnumFilterSelect<V extends string>({ label, anyLabel, options, labels, value, onChange }: EnumFilterSelectProps<V>) {
  return (
    <Select
      label={label}
      className="field--compact"
      value={value}
      onChange={(event) => onChange(event.target.value as V | 'all')}
      options={[{ value: 'all', label: anyLabel }, ...options.map((option) => ({ value: option, label: labels[option] }))]}
    />
  );
}
