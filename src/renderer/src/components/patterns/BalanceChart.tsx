/**
 * Month-by-month give and take with one collaborator, split by benefit: what the user gave stacks
 * above the axis, what they received below it. Colours come from CSS variables, so the chart
 * follows light and dark; the frame adds the summary in words and the table.
 */
import { lazy } from 'react';
import { BENEFITS, BENEFIT_LABELS } from '../../../../shared/entities/exchange';
import type { MonthlyBalance } from '../../../../shared/entities/patterns';
import { CHART_HEIGHT, ChartFrame } from './ChartFrame';
import { formatMonth } from '../../format';
import { formatWeight, sumWeights as sum } from './patternWords';
import './benefitSwatch.css';
import './BalanceChart.css';

type Side = 'given' | 'received';

/** The drawing (recharts) comes with the first chart shown, not with the page. */
const BalanceBars = lazy(async () => ({ default: (await import('./BalanceBars')).BalanceBars }));

export function balanceSummary(months: MonthlyBalance[], name: string, windowLabel: string): string {
  const given = months.reduce((total, month) => total + sum(month.given), 0);
  const received = months.reduce((total, month) => total + sum(month.received), 0);
  if (given + received === 0) return `Give and take with ${name} by month, ${windowLabel}: nothing exchanged.`;
  const busiest = months.reduce((best, month) =>
    sum(month.given) + sum(month.received) > sum(best.given) + sum(best.received) ? month : best,
  );
  const byBenefit = (side: Side) =>
    BENEFITS.filter((benefit) => months.some((month) => month[side][benefit] > 0))
      .map((benefit) => `${BENEFIT_LABELS[benefit].toLowerCase()} ${formatWeight(months.reduce((t, m) => t + m[side][benefit], 0))}`)
      .join(', ');
  return (
    `Give and take with ${name} by month, ${windowLabel}: you gave ${formatWeight(given)}` +
    `${given > 0 ? ` (${byBenefit('given')})` : ''} and received ${formatWeight(received)}` +
    `${received > 0 ? ` (${byBenefit('received')})` : ''}, weighted, every benefit counted. ` +
    `The busiest month was ${formatMonth(busiest.month, true)}: ${formatWeight(sum(busiest.given))} given, ` +
    `${formatWeight(sum(busiest.received))} received.`
  );
}

export function BalanceChart({ months, name, windowLabel }: { months: MonthlyBalance[]; name: string; windowLabel: string }) {
  return (
    <ChartFrame
      title="Give and take by month"
      summary={balanceSummary(months, name, windowLabel)}
      legend={<BalanceLegend />}
      table={<BalanceTable months={months} />}
      chartHeight={CHART_HEIGHT.balance}
      chart={<BalanceBars months={months} />}
    />
  );
}

function BalanceLegend() {
  return (
    <div className="chart-legend" aria-hidden="true">
      <span className="chart-legend__sides">
        <span>▲ above the line: you gave</span>
        <span>▼ below: you received (muted, outlined)</span>
      </span>
      <span className="chart-legend__keys">
        {BENEFITS.map((benefit) => (
          <span key={benefit} className="chart-legend__key">
            <span className={`benefit-swatch benefit-swatch--${benefit}`} />
            {BENEFIT_LABELS[benefit]}
          </span>
        ))}
      </span>
    </div>
  );
}

function BalanceTable({ months }: { months: MonthlyBalance[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Weight given and received each month, by benefit</caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            Month
          </th>
          <th scope="colgroup" colSpan={3}>
            You gave
          </th>
          <th scope="colgroup" colSpan={3}>
            You received
          </th>
        </tr>
        <tr>
          {(['given', 'received'] as const).flatMap((side) =>
            BENEFITS.map((benefit) => (
              <th key={`${side}-${benefit}`} scope="col">
                {BENEFIT_LABELS[benefit]}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {months.map((month) => (
          <tr key={month.month}>
            <th scope="row">{formatMonth(month.month, true)}</th>
            {(['given', 'received'] as const).flatMap((side) =>
              BENEFITS.map((benefit) => <td key={`${side}-${benefit}`}>{formatWeight(month[side][benefit])}</td>),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
