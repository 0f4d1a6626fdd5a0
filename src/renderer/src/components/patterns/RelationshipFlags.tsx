/** The secondary flags on a relationship: a needs gap (both met rates) and a rising or falling give share. */
import type { NeedsGapFlag, RelationshipFinding, TrendFlag } from '../../../../shared/entities/patterns';
import { confidenceWords, formatConfidence, formatShare, TREND_WORD } from './patternWords';
import './RelationshipFlags.css';

export function RelationshipFlags({ finding }: { finding: Pick<RelationshipFinding, 'needsGap' | 'trend'> }) {
  const trend = finding.trend && finding.trend.direction !== 'steady' ? finding.trend : null;
  if (!finding.needsGap && !trend) return null;
  return (
    <ul className="flags" aria-label="Flags">
      {finding.needsGap && <NeedsGap flag={finding.needsGap} />}
      {trend && <Trend flag={trend} />}
    </ul>
  );
}

function NeedsGap({ flag }: { flag: NeedsGapFlag }) {
  return (
    <li className="flag flag--needs">
      <FlagGlyph path="M4 7h7v10H4zM13 11h7v6h-7z" />
      <div className="flag__text">
        <strong>{flag.whoseNeedsCountMore === 'theirs' ? 'Their needs seem to count more' : 'Your needs seem to count more'}</strong>
        <span>
          Your requests met {formatShare(flag.yourMetRate)} (of {flag.yourResolved} resolved), theirs{' '}
          {formatShare(flag.theirMetRate)} (of {flag.theirResolved} resolved) · gap {formatShare(flag.gap)} ·{' '}
          {confidenceWords(flag.confidence).toLowerCase()} {formatConfidence(flag.confidence)}
        </span>
      </div>
    </li>
  );
}

function Trend({ flag }: { flag: TrendFlag }) {
  return (
    <li className={`flag flag--trend flag--${flag.direction}`}>
      <FlagGlyph path={flag.direction === 'rising' ? 'M4 17 10 11l3.5 3.5L20 8M15 8h5v5' : 'M4 7l6 6 3.5-3.5L20 16M15 16h5v-5'} />
      <div className="flag__text">
        <strong>{TREND_WORD[flag.direction]}</strong>
        <span>
          {formatShare(flag.firstHalfGiveShare)} in the first half of the window → {formatShare(flag.secondHalfGiveShare)} in
          the second · {confidenceWords(flag.confidence).toLowerCase()} {formatConfidence(flag.confidence)}
        </span>
      </div>
    </li>
  );
}

function FlagGlyph({ path }: { path: string }) {
  return (
    <svg className="flag__glyph" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.9} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}
