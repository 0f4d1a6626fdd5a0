/**
 * The secondary flags on a relationship, in plain words: a needs gap and a rising or falling give
 * share. Their numbers are under the balance's "Show the numbers".
 */
import type { NeedsGapFlag, RelationshipFinding, TrendFlag } from '../../../../shared/entities/patterns';
import { NEEDS_GAP_TITLE, needsWords, TREND_TITLE, trendWords } from './plainWords';
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
        <strong>{NEEDS_GAP_TITLE[flag.whoseNeedsCountMore]}</strong>
        <span>{needsWords(flag)}</span>
      </div>
    </li>
  );
}

function Trend({ flag }: { flag: TrendFlag }) {
  return (
    <li className={`flag flag--trend flag--${flag.direction}`}>
      <FlagGlyph path={flag.direction === 'rising' ? 'M4 17 10 11l3.5 3.5L20 8M15 8h5v5' : 'M4 7l6 6 3.5-3.5L20 16M15 16h5v-5'} />
      <div className="flag__text">
        <strong>{TREND_TITLE[flag.direction]}</strong>
        <span>{trendWords(flag)}</span>
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
