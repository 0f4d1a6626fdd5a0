/** StanceBadge: a stance as glyph + words (STANCE_LABELS), toned but never colour alone; StanceIcon for headings. */
import { STANCE_LABELS, type Stance } from '../../../../shared/entities/patterns';
import { STANCE_TONE } from './patternWords';
import '../Badge.css';
import './StanceBadge.css';

/** Each glyph draws the stance's shape: arrows both ways, one way out, one way in, a lean, a lone point, a question. */
const GLYPHS: Record<Stance, string> = {
  interdependent: 'M4 9h14l-3.5-3.5M20 15H6l3.5 3.5',
  'one-sided-giving': 'M4 6v12M8 12h12M16 8l4 4-4 4',
  'one-sided-taking': 'M20 6v12M16 12H4M8 8l-4 4 4 4',
  dependent: 'M5 20 13 6M16 20V5M3 20h18',
  'going-it-alone': 'M12 14.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 12h3M18 12h3',
  'not-enough-data': 'M9.5 9.5a2.5 2.5 0 1 1 3.4 2.33c-.55.22-.9.75-.9 1.34v.58M12 16.75v.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
};

export function StanceIcon({ stance, size = 14 }: { stance: Stance; size?: number }) {
  return (
    <svg
      className={`stance-icon stance-icon--${stance}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={GLYPHS[stance]} />
    </svg>
  );
}

export function StanceBadge({ stance, label }: { stance: Stance; label?: string }) {
  return (
    <span className={`badge badge--${STANCE_TONE[stance]} stance-badge`} data-stance={stance}>
      <StanceIcon stance={stance} />
      {label ?? STANCE_LABELS[stance]}
    </span>
  );
}
