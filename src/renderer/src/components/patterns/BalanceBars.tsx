/**
 * The drawing of the month-by-month give and take (BalanceChart): recharts, loaded with it only
 * when a chart is on screen, so no other page carries the charting library.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BENEFITS, BENEFIT_LABELS, type Benefit } from '../../../../shared/entities/exchange';
import type { MonthlyBalance } from '../../../../shared/entities/patterns';
import { CHART_HEIGHT } from './ChartFrame';
import { formatMonth } from '../../format';
import { formatWeight, sumWeights } from './patternWords';
import './benefitSwatch.css';

type Side = 'given' | 'received';
type Row = { month: string } & Record<`${Side}-${Benefit}`, number>;

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

export function BalanceBars({ months }: { months: MonthlyBalance[] }) {
  const rows = rowsOf(months);
  const peak = Math.max(1, ...months.map((month) => Math.max(sumWeights(month.given), sumWeights(month.received))));
  const step = niceStep(peak / 2);
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT.balance}>
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
