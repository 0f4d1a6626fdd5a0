/** DirectionToggle: given or received, always from the user's side, worded for what is being logged. */
import type { Direction } from '../../../../shared/entities/exchange';
import { ChoiceGroup } from '../ChoiceGroup';
import { DirectionMark } from './LogPills';

interface DirectionToggleProps {
  value: Direction;
  onChange: (direction: Direction) => void;
  legend?: string;
  /** E.g. { received: 'I received it', given: 'I gave it' }. */
  labels?: Record<Direction, string>;
  className?: string;
}

const DEFAULT_LABELS: Record<Direction, string> = { received: 'I received', given: 'I gave' };

export function DirectionToggle({ value, onChange, legend = 'Direction', labels = DEFAULT_LABELS, className }: DirectionToggleProps) {
  return (
    <ChoiceGroup
      className={['direction-toggle', className].filter(Boolean).join(' ')}
      legend={legend}
      choices={(['received', 'given'] as const).map((direction) => ({
        value: direction,
        label: labels[direction],
        adornment: <DirectionMark direction={direction} />,
      }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** A list's direction filter: everything, or one side. */
export const DIRECTION_FILTER_CHOICES = [
  { value: 'all' as const, label: 'All' },
  { value: 'given' as const, label: 'Given', adornment: <DirectionMark direction="given" /> },
  { value: 'received' as const, label: 'Received', adornment: <DirectionMark direction="received" /> },
];
