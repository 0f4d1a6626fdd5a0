/**
 * NumbersDisclosure: the numbers behind a finding, one click away under its plain words. A real
 * button with aria-expanded; inside, each number beside a line saying what it means, and the
 * engine's own sentence with every figure it used.
 */
import { useId, useState, type ReactNode } from 'react';
import { Icon } from '../Icon';
import { withLocalDays } from '../../format';
import './NumbersDisclosure.css';

export interface NumberRow {
  label: string;
  value: ReactNode;
  /** What the number means, in a line (plainWords.ts NUMBER_MEANING). */
  meaning: string;
}

export function NumbersDisclosure({ rows, sentence }: { rows: NumberRow[]; sentence?: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={`numbers${open ? ' is-open' : ''}`}>
      <button type="button" className="numbers__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
        <span className="numbers__chevron" aria-hidden="true">
          <Icon name="chevron" size={12} />
        </span>
        {open ? 'Hide the numbers' : 'Show the numbers'}
      </button>
      <div id={panelId} className="numbers__panel" hidden={!open}>
        {rows.length > 0 && (
          <dl className="numbers__list">
            {rows.map((row) => (
              <div key={row.label} className="numbers__row">
                <dt>{row.label}</dt>
                <dd>
                  <span className="numbers__value">{row.value}</span>
                  <span className="numbers__meaning">{row.meaning}</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
        {sentence && <p className="numbers__sentence">{withLocalDays(sentence)}</p>}
      </div>
    </div>
  );
}
