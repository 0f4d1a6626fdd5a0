/** LogFilterPanel: a list's filters in one labelled panel — the page's own ones first, then person, project and dates — with "Clear filters". */
import type { ReactNode } from 'react';
import { Button } from '../Button';
import { DateField } from '../Field';
import { CollaboratorSelect } from './CollaboratorSelect';
import { ProjectSelect } from './ProjectSelect';
import type { LogFilters } from './useLogFilters';

interface LogFilterPanelProps {
  /** The region's name, e.g. "Filter feedback". */
  label: string;
  filters: LogFilters;
  /** The page's own filters (status, kind…), shown first. */
  children?: ReactNode;
  /** True when one of the page's own filters is set. */
  ownActive?: boolean;
  /** What the date range applies to, when it is not the entry's date. */
  dateHint?: string;
}

export function LogFilterPanel({ label, filters, children, ownActive = false, dateHint }: LogFilterPanelProps) {
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
          label="From"
          className="field--compact"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => filters.setFrom(event.target.value)}
          hint={dateHint}
        />
        <DateField
          label="To"
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
