/** The timeline's filters: chips by kind of entry, each with its count, and the direction (both ways, given, received). */
import { useId } from 'react';
import { TIMELINE_TYPES, type TimelineCounts } from '../../../../shared/entities/timeline';
import { KINDS } from '../../../../shared/kinds';
import { ChoiceGroup } from '../ChoiceGroup';
import type { DirectionFilter, TypeFilter } from './useTimeline';
import '../controls/inputOverlay.css';
import './TimelineFilters.css';

const TYPE_CHOICES: { value: TypeFilter; label: string; count: keyof TimelineCounts }[] = [
  { value: 'all', label: 'All', count: 'total' },
  ...TIMELINE_TYPES.map((type) => ({ value: type, label: KINDS[type].labels.many, count: type })),
];

const DIRECTION_CHOICES: { value: DirectionFilter; label: string }[] = [
  { value: 'all', label: 'Both ways' },
  { value: 'given', label: 'Given' },
  { value: 'received', label: 'Received' },
];

interface KindChipsProps {
  value: TypeFilter;
  counts: TimelineCounts | undefined;
  onChange: (type: TypeFilter) => void;
}

export function KindChips({ value, counts, onChange }: KindChipsProps) {
  const name = useId();
  return (
    <fieldset className="tl-chips">
      <legend className="visually-hidden">Show</legend>
      {TYPE_CHOICES.map((choice) => (
        <label key={choice.value} className="tl-chip">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span className="tl-chip__face">
            {choice.label}
            {counts && <span className="tl-chip__count">{counts[choice.count]}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function DirectionSwitch({ value, onChange }: { value: DirectionFilter; onChange: (direction: DirectionFilter) => void }) {
  return (
    <ChoiceGroup className="tl-direction-switch" legend="Direction" hideLegend choices={DIRECTION_CHOICES} value={value} onChange={onChange} />
  );
}
