/** The sections every kind's full form shares: who it was with, the project, the day, and which way it went. */
import type { Direction } from '../../../../../shared/entities/exchange';
import { DateField } from '../../Field';
import { CollaboratorSelect } from '../CollaboratorSelect';
import { todayIso } from '../dates';
import { DirectionToggle } from '../DirectionToggle';
import { ProjectSelect } from '../ProjectSelect';
import type { SectionProps } from './sectionProps';

interface PersonSectionProps extends SectionProps<{ collaboratorId: string }> {
  hint: string;
  /** A new entry starts here unless the person was chosen for it. */
  autoFocus: boolean;
}

export function PersonSection({ values, update, errorOf, hint, autoFocus }: PersonSectionProps) {
  return (
    <CollaboratorSelect
      value={values.collaboratorId}
      onChange={(collaboratorId) => update({ collaboratorId })}
      error={errorOf('collaboratorId')}
      hint={hint}
      autoFocus={autoFocus}
    />
  );
}

export function ProjectSection({ values, update, errorOf }: SectionProps<{ projectId: string }>) {
  return <ProjectSelect optional value={values.projectId} onChange={(projectId) => update({ projectId })} error={errorOf('projectId')} />;
}

/** The entry's day: never later than today on this computer, earlier ones back-filled. */
export function DaySection({ values, update, errorOf, hint }: SectionProps<{ date: string }> & { hint: string }) {
  return (
    <DateField
      label="Date"
      value={values.date}
      max={todayIso()}
      onChange={(event) => update({ date: event.target.value })}
      error={errorOf('date')}
      hint={hint}
    />
  );
}

interface DirectionSectionProps extends SectionProps<{ direction: Direction }> {
  /** The full form's words for each side; quick capture says just "I received", "I gave". */
  labels: Record<Direction, string>;
}

export function DirectionSection({ values, update, compact, labels }: DirectionSectionProps) {
  return (
    <div className="field">
      <DirectionToggle value={values.direction} onChange={(direction) => update({ direction })} labels={compact ? undefined : labels} />
    </div>
  );
}
