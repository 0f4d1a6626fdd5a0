/**
 * Month-by-month give and take with one collaborator, split by benefit: what the user gave stacks
 * above the axis, what they received below it. Colours come from CSS variables, so the chart
 * follows light and dark; the frame adds the summary in words and the table.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BENEFITS, BENEFIT_LABELS, type Benefit } from '../../../../shared/entities/exchange';
import type { MonthlyBalance } from '../../../../shared/entities/patterns';
import { ChartFrame } from './ChartFrame';
import { formatMonth, formatWeight } from './patternWords';
import './benefitSwatch.css';
import './BalanceChart.css';

type Side = 'given' | 'received';
type Row = { month: string } & Record<`${Side}-${Benefit}`, number>;

const sum = (weights: Record<Benefit, number>) => BENEFITS.reduce((total, benefit) => total + weights[benefit], 0);

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

const rowsOf = (months: MonthlyBalance[]): Row[] =>
  months.map((month) => {
    const row = { month: month.month } as Row;
    for (const benefit of BENEFITS) {
      row[`given-${benefit}`] = month.given[benefit];
      // Received weight is drawn below the axis; stackOffset="sign" stacks negatives downward.
      row[`received-${benefit}`] = -month.received[benefit];
    }
    return row;
  });

/** January (and the first month) carry the year, so a window across New Year reads right. */
const tickOf = (months: MonthlyBalance[]) => (month: string) =>
  formatMonth(month, month === months[0]?.month || month.endsWith('-01'));

/** The smallest of 1, 2, 5, 10, 20, 50… at or above `value`: round ticks, with 0 always one of them. */
function niceStep(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, value)));
  return [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= value) ?? 10 * magnitude;
}

export function BalanceChart({ months, name, windowLabel }: { months: MonthlyBalance[]; name: string; windowLabel: string }) {
  const rows = rowsOf(months);
  const peak = Math.max(1, ...months.map((month) => Math.max(sum(month.given), sum(month.received))));
  const step = niceStep(peak / 2);
  return (
    <ChartFrame
      title="Give and take by month"
      summary={balanceSummary(months, name, windowLabel)}
      legend={<BalanceLegend />}
      table={<BalanceTable months={months} />}
      chart={
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} stackOffset="sign" margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap="22%" accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="month"
              tickFormatter={tickOf(months)}
              tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
              tickLine={false}
              axisLine={false}
              interval="preserveStartEnd"
            />
            <YAxis
              domain={[-2 * step, 2 * step]}
              ticks={[-2 * step, -step, 0, step, 2 * step]}
              allowDecimals={false}
              tickFormatter={(value: number) => formatWeight(Math.abs(value))}
              tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
              tickLine={false}
              axisLine={false}
              width={28}
            />
            <ReferenceLine y={0} stroke="var(--chart-axis)" />
            <Tooltip
              cursor={{ fill: 'var(--bg-hover)' }}
              content={({ active, label }) => (active ? <BalanceTooltip month={months.find((m) => m.month === label)} /> : null)}
            />
            {BENEFITS.map((benefit) => (
              <Bar key={`given-${benefit}`} dataKey={`given-${benefit}`} stackId="flow" fill={`var(--benefit-${benefit})`} isAnimationActive={false} />
            ))}
            {BENEFITS.map((benefit) => (
              <Bar
                key={`received-${benefit}`}
                dataKey={`received-${benefit}`}
                stackId="flow"
                fill={`var(--benefit-${benefit}-soft)`}
                stroke={`var(--benefit-${benefit})`}
                strokeWidth={1}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
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

function BalanceTooltip({ month }: { month: MonthlyBalance | undefined }) {
  if (!month) return null;
  return (
    <div className="chart-tooltip">
      <strong>{formatMonth(month.month, true)}</strong>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Gave</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {BENEFITS.map((benefit) => (
            <tr key={benefit}>
              <th scope="row">
                <span className={`benefit-swatch benefit-swatch--${benefit}`} />
                {BENEFIT_LABELS[benefit]}
              </th>
              <td>{formatWeight(month.given[benefit])}</td>
              <td>{formatWeight(month.received[benefit])}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
