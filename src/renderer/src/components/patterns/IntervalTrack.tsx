/**
 * IntervalTrack: the give share on a 0–1 track — the balanced band shaded and named above the track,
 * the credible interval as a bar, the estimate as a mark. One role="img" with the same facts in words.
 */
import type { CSSProperties } from 'react';
import type { GiveShareInterval } from '../../../../shared/entities/patterns';
import { formatLevel, formatShare } from './patternWords';
import { shareWords } from './plainWords';
import './IntervalTrack.css';

export interface Band {
  low: number;
  high: number;
}

interface IntervalTrackProps {
  giveShare: number | null;
  interval: GiveShareInterval;
  band: Band;
  /** False under the minimum weight: the estimate is drawn, but no interval is claimed for it. */
  judged?: boolean;
  compact?: boolean;
}

const pct = (share: number) => `${(Math.min(1, Math.max(0, share)) * 100).toFixed(2)}%`;

export function intervalSummary(giveShare: number | null, interval: GiveShareInterval, band: Band, judged = true): string {
  const bandWords = `the balanced band is ${formatShare(band.low)} to ${formatShare(band.high)}`;
  if (giveShare === null) return `Give and take: nothing exchanged yet; ${bandWords}.`;
  const lead = `Give and take: ${shareWords(giveShare, band)}, give share ${formatShare(giveShare)}`;
  if (!judged) return `${lead}, too little logged to judge yet; ${bandWords}.`;
  return `${lead}, ${formatLevel(interval.level)} likely between ${formatShare(interval.low)} and ${formatShare(interval.high)}; ${bandWords}.`;
}

export function IntervalTrack({ giveShare, interval, band, judged = true, compact = false }: IntervalTrackProps) {
  const empty = giveShare === null;
  const bandBox = { left: pct(band.low), width: pct(band.high - band.low) } as CSSProperties;
  return (
    <div
      className={`interval-track${compact ? ' interval-track--compact' : ''}${empty ? ' interval-track--empty' : ''}`}
      role="img"
      aria-label={intervalSummary(giveShare, interval, band, judged)}
    >
      <div className="interval-track__keys" aria-hidden="true">
        <span className="interval-track__band-label" style={bandBox}>
          balanced
        </span>
      </div>
      <div className="interval-track__rail">
        <div className="interval-track__band" style={bandBox} />
        <div className="interval-track__even" />
        {!empty && (
          <>
            {judged && (
              <div
                className="interval-track__interval"
                style={{ left: pct(interval.low), width: pct(interval.high - interval.low) }}
              />
            )}
            <div className="interval-track__estimate" style={{ left: pct(giveShare) }} />
          </>
        )}
      </div>
      <div className="interval-track__scale" aria-hidden="true">
        <span>you receive</span>
        <span className="interval-track__scale-mid">even</span>
        <span>you give</span>
      </div>
    </div>
  );
}
