/**
 * The drawing of the history (HistoryChart): one line per part across the completed
 * self-assessments. recharts, loaded with it only when the chart is on screen, so no other page
 * carries the charting library. Each line has its own dash and dot as well as its hue.
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dimension } from '../../../../shared/selfAssessment/questionnaire';
import { HISTORY_HEIGHT, LINE_LOOK } from './historyLook';
import { dimensionName, type HistoryRow } from './selfAssessmentWords';

export function HistoryLines({ rows, dimensions }: { rows: HistoryRow[]; dimensions: readonly Dimension[] }) {
  return (
    <ResponsiveContainer width="100%" height={HISTORY_HEIGHT}>
      <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis
          dataKey="index"
          type="number"
          domain={[1, Math.max(2, rows.length)]}
          ticks={rows.map((row) => row.index)}
          tickFormatter={(index: number) => rows[index - 1]?.day ?? ''}
          tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
          tickLine={false}
          axisLine={false}
          padding={{ left: 12, right: 12 }}
        />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fill: 'var(--text-muted)', fontSize: 11 }} tickLine={false} axisLine={false} width={30} />
        <Tooltip
          cursor={{ stroke: 'var(--chart-axis)' }}
          content={({ active, label }) => {
            const row = active ? rows[Number(label) - 1] : undefined;
            return row ? (
              <div className="chart-tooltip">
                <strong>{row.day}</strong>
                <table>
                  <tbody>
                    {dimensions.map((dimension) => (
                      <tr key={dimension}>
                        <th scope="row">{dimensionName(dimension)}</th>
                        <td>{row[dimension]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null;
          }}
        />
        {dimensions.map((dimension) => (
          <Line
            key={dimension}
            type="linear"
            dataKey={dimension}
            name={dimensionName(dimension)}
            stroke={LINE_LOOK[dimension].colour}
            strokeWidth={2}
            strokeDasharray={LINE_LOOK[dimension].dash}
            dot={{ r: 3.5, fill: 'var(--bg-raised)', stroke: LINE_LOOK[dimension].colour, strokeWidth: 2, strokeDasharray: 'none' }}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
