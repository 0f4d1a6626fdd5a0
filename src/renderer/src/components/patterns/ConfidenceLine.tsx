/**
 * The drawing of confidence across lessons (LearnerPathView): recharts, loaded with it only when the
 * chart is on screen, so no other page carries the charting library.
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LearnerPath } from '../../../../shared/entities/patterns';
import { formatDay, formatShortDay } from '../../format';
import { CHART_HEIGHT } from './ChartFrame';

export function ConfidenceLine({ path }: { path: LearnerPath }) {
  // The newest rated lessons are drawn: numbered among all of them, so the last point is lesson ratedLessons.
  const first = path.ratedLessons - path.confidence.length;
  const rows = path.confidence.map((point, index) => ({ ...point, lesson: first + index + 1 }));
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT.confidence}>
      <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis
          dataKey="lesson"
          tickFormatter={(lesson: number) => {
            const point = rows[lesson - first - 1];
            return point ? formatShortDay(point.date) : '';
          }}
          tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
          tickLine={false}
          axisLine={false}
          interval="preserveStartEnd"
        />
        <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: 'var(--text-muted)', fontSize: 11 }} tickLine={false} axisLine={false} width={24} />
        <Tooltip
          cursor={{ stroke: 'var(--chart-axis)' }}
          content={({ active, label }) => {
            const point = active ? rows[Number(label) - first - 1] : undefined;
            return point ? (
              <div className="chart-tooltip">
                <strong>Lesson {point.lesson} · {formatDay(point.date)}</strong>
                <span>Confidence to do it alone: {point.confidence} of 5</span>
              </div>
            ) : null;
          }}
        />
        <Line
          type="linear"
          dataKey="confidence"
          stroke="var(--chart-line)"
          strokeWidth={2}
          dot={{ r: 3.5, fill: 'var(--bg-raised)', stroke: 'var(--chart-line)', strokeWidth: 2 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
