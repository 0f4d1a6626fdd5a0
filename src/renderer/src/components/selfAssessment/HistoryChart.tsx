/**
 * How the answers moved over retakes: each part across the completed self-assessments, the four
 * stances or the three benefits at a time, with the summary in words and the table.
 */
import { lazy, useState } from 'react';
import { Link } from 'react-router-dom';
import type { SelfAssessmentSummary } from '../../../../shared/entities/selfAssessment';
import { ChoiceGroup } from '../ChoiceGroup';
import { ChartFrame } from '../patterns/ChartFrame';
import { HISTORY_HEIGHT, LINE_LOOK } from './historyLook';
import { PROFILE_GROUPS, dimensionName, historyRows, historySummary, type HistoryRow } from './selfAssessmentWords';
import './HistoryChart.css';

/** The drawing (recharts) comes with the first chart shown, not with the page. */
const HistoryLines = lazy(async () => ({ default: (await import('./HistoryLines')).HistoryLines }));

type GroupId = (typeof PROFILE_GROUPS)[number]['id'];

export function HistoryChart({ history }: { history: SelfAssessmentSummary[] }) {
  const [groupId, setGroupId] = useState<GroupId>('stances');
  const group = PROFILE_GROUPS.find((candidate) => candidate.id === groupId) ?? PROFILE_GROUPS[0];
  const rows = historyRows(history);
  const title = `${group.title} over time`;
  return (
    <div className="history-chart">
      <ChoiceGroup
        legend="Show"
        hideLegend
        choices={PROFILE_GROUPS.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
        value={groupId}
        onChange={setGroupId}
      />
      <ChartFrame
        title={title}
        summary={historySummary(rows, group.dimensions, title)}
        chartHeight={HISTORY_HEIGHT}
        chart={<HistoryLines rows={rows} dimensions={group.dimensions} />}
        legend={<HistoryLegend dimensions={group.dimensions} />}
        table={<HistoryTable rows={rows} dimensions={group.dimensions} />}
      />
    </div>
  );
}

function HistoryLegend({ dimensions }: { dimensions: readonly (keyof typeof LINE_LOOK)[] }) {
  return (
    <div className="history-legend" aria-hidden="true">
      {dimensions.map((dimension) => (
        <span key={dimension} className="history-legend__key">
          <svg width="22" height="8" viewBox="0 0 22 8">
            <line x1="1" y1="4" x2="21" y2="4" stroke={LINE_LOOK[dimension].colour} strokeWidth="2" strokeDasharray={LINE_LOOK[dimension].dash} />
          </svg>
          {dimensionName(dimension)}
        </span>
      ))}
    </div>
  );
}

function HistoryTable({ rows, dimensions }: { rows: HistoryRow[]; dimensions: readonly (keyof typeof LINE_LOOK)[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Each part out of 100, for every completed self-assessment</caption>
      <thead>
        <tr>
          <th scope="col">Completed</th>
          {dimensions.map((dimension) => (
            <th key={dimension} scope="col">
              {dimensionName(dimension)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <Link className="link" to={`/self-assessment/${row.id}`}>
                {row.day}
              </Link>
            </th>
            {dimensions.map((dimension) => (
              <td key={dimension}>{row[dimension]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
