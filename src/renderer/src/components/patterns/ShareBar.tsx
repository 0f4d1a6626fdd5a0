/**
 * ShareBar: parts of a whole as one horizontal bar with a legend in words and numbers, so the
 * colours are never needed to read it. The bar is a role="img" with the same facts as its label.
 */
import type { CSSProperties } from 'react';
import './ShareBar.css';

export interface ShareSegment {
  key: string;
  label: string;
  value: number;
  /** A CSS colour, usually a token: var(--tone-blue-dot). */
  color: string;
  /** The value as shown in the legend; defaults to the share of the whole. */
  display?: string;
}

interface ShareBarProps {
  segments: ShareSegment[];
  /** What the whole is, for the accessible label: "Support received". */
  label: string;
  legend?: boolean;
}

export function ShareBar({ segments, label, legend = true }: ShareBarProps) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  const shown = segments.filter((segment) => segment.value > 0);
  const words = (segment: ShareSegment) =>
    `${segment.label} ${segment.display ?? (total > 0 ? `${Math.round((segment.value / total) * 100)}%` : '0')}`;
  return (
    <div className="share-bar">
      <div className="share-bar__track" role="img" aria-label={`${label}: ${segments.map(words).join(', ')}`}>
        {total > 0 &&
          shown.map((segment) => (
            <span
              key={segment.key}
              className="share-bar__segment"
              style={{ width: `${(segment.value / total) * 100}%`, '--segment-color': segment.color } as CSSProperties}
            />
          ))}
      </div>
      {legend && (
        <ul className="share-bar__legend" aria-hidden="true">
          {segments.map((segment) => (
            <li key={segment.key} className={segment.value > 0 ? undefined : 'is-zero'}>
              <span className="share-bar__swatch" style={{ '--segment-color': segment.color } as CSSProperties} />
              <span className="share-bar__label">{segment.label}</span>
              <span className="share-bar__value">
                {segment.display ?? (total > 0 ? `${Math.round((segment.value / total) * 100)}%` : '0')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
