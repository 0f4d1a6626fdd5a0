/**
 * NeedsTrack: the needs side of a relationship beside its give and take — how many of your requests
 * were met and how many of theirs, as two bars from none to all. Drawn from the same needs summary
 * the engine judges the needs gap on, so a balanced exchange made one-sided by its needs shows why.
 */
import type { NeedsGapFlag, NeedsSummary } from '../../../../shared/entities/patterns';
import { NEEDS_GAP_TITLE, needsWords, portionWords } from './plainWords';
import './NeedsTrack.css';

interface NeedsTrackProps {
  needs: Pick<NeedsSummary, 'yourMetRate' | 'theirMetRate' | 'yourResolved' | 'theirResolved' | 'pending'>;
  gap: Pick<NeedsGapFlag, 'whoseNeedsCountMore'> | null;
  /** Their first name, for the second bar's label. */
  name: string;
  compact?: boolean;
}

/** Any request settled either way: before that there is nothing to draw. */
export const hasNeeds = (needs: Pick<NeedsSummary, 'yourResolved' | 'theirResolved'>) => needs.yourResolved + needs.theirResolved > 0;

export function needsSummary(needs: NeedsTrackProps['needs'], gap: NeedsTrackProps['gap']): string {
  const pending = needs.pending > 0 ? ` ${needs.pending} still pending.` : '';
  return `Requests met: ${needsWords(needs)}${gap ? ` ${NEEDS_GAP_TITLE[gap.whoseNeedsCountMore]}.` : ''}${pending}`;
}

export function NeedsTrack({ needs, gap, name, compact = false }: NeedsTrackProps) {
  const rows = [
    { key: 'yours', who: 'your requests', rate: needs.yourMetRate, resolved: needs.yourResolved },
    { key: 'theirs', who: `${name}’s requests`, rate: needs.theirMetRate, resolved: needs.theirResolved },
  ];
  return (
    <div className={`needs-track${compact ? ' needs-track--compact' : ''}`} role="img" aria-label={needsSummary(needs, gap)}>
      {rows.map((row) => (
        <div key={row.key} className="needs-track__row" aria-hidden="true">
          <span className="needs-track__who">{row.who}</span>
          <span className="needs-track__bar">
            {row.rate !== null && <span className="needs-track__fill" style={{ width: `${Math.max(0, Math.min(1, row.rate)) * 100}%` }} />}
          </span>
          <span className="needs-track__value">{row.rate === null ? 'none settled' : `${portionWords(row.rate)} of ${row.resolved} met`}</span>
        </div>
      ))}
    </div>
  );
}
