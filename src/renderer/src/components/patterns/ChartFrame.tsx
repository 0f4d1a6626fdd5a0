/**
 * ChartFrame: a chart as one role="img" with a summary in words, a legend, and a "Show as table"
 * switch that puts the same numbers in a real table — the text alternative every chart carries.
 */
import { useState, type ReactNode } from 'react';
import './ChartFrame.css';

interface ChartFrameProps {
  title: string;
  /** Everything the chart says, in one or two sentences: the accessible name of the picture. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
}

export function ChartFrame({ title, summary, chart, table, legend }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className="chart-frame">
      <figcaption className="chart-frame__header">
        <span className="chart-frame__title">{title}</span>
        <button type="button" className="chart-frame__switch" aria-pressed={asTable} onClick={() => setAsTable((value) => !value)}>
          Show as table
        </button>
      </figcaption>
      {asTable ? (
        <div className="chart-frame__table">{table}</div>
      ) : (
        <>
          <div className="chart-frame__chart" role="img" aria-label={summary}>
            {chart}
          </div>
          {legend}
        </>
      )}
    </figure>
  );
}
