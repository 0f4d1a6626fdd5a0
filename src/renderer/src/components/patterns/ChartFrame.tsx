/**
 * ChartFrame: a chart as one role="img" with a summary in words, a legend, and a "Show as table"
 * switch that puts the same numbers in a real table — the text alternative every chart carries.
 */
import { Suspense, useState, type ReactNode } from 'react';
import './ChartFrame.css';

/** Each drawing's height, known before its module (recharts) has loaded. */
export const CHART_HEIGHT = { balance: 220, confidence: 180 } as const;

interface ChartFrameProps {
  title: string;
  /** Everything the chart says, in one or two sentences: the accessible name of the picture. */
  summary: string;
  chart: ReactNode;
  /** The drawing's height: kept by an empty box while the drawing's module loads, so nothing below it moves. */
  chartHeight: number;
  table: ReactNode;
  legend?: ReactNode;
}

export function ChartFrame({ title, summary, chart, chartHeight, table, legend }: ChartFrameProps) {
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
            <Suspense fallback={<div style={{ height: chartHeight }} />}>{chart}</Suspense>
          </div>
          {legend}
        </>
      )}
    </figure>
  );
}
