/**
 * The due list's rows, on the Dashboard and the Check-ins page: who, why, how overdue, and the
 * three actions — open their page (the name), log something with them (quick log, prefilled) and
 * snooze until a day. Every action is a link or a button, so Tab and Enter reach all of them.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CheckInDue } from '../../../../shared/entities/checkIn';
import { withLocalDays } from '../../format';
import { Avatar } from '../Avatar';
import { Badge, type Tone } from '../Badge';
import { Button } from '../Button';
import { Icon } from '../Icon';
import { openQuickCapture } from '../capture/captureStore';
import { todayIso } from '../log/dates';
import { SnoozeDialog } from './SnoozeDialog';
import { dueWords } from './checkInWords';
import './CheckInRows.css';

const toneOf = (row: CheckInDue): Tone => (row.source === 'finding' ? 'violet' : row.overdueDays > 0 ? 'red' : row.overdueDays === 0 ? 'amber' : 'neutral');

export function CheckInRows({ rows, label }: { rows: readonly CheckInDue[]; label: string }) {
  const today = todayIso();
  return (
    <ul className="rows rows--inset check-in-rows" aria-label={label}>
      {rows.map((row) => (
        <CheckInRow key={row.collaboratorId} row={row} today={today} />
      ))}
    </ul>
  );
}

function CheckInRow({ row, today }: { row: CheckInDue; today: string }) {
  const [snoozing, setSnoozing] = useState(false);
  const person = { id: row.collaboratorId, name: row.collaboratorName };
  return (
    <li className="row check-in-row" aria-label={row.collaboratorName}>
      <Avatar id={row.collaboratorId} name={row.collaboratorName} kind={row.kind} size="sm" />
      <div className="row__main">
        <div className="check-in-row__title">
          <Link className="row__title" to={`/people/${row.collaboratorId}`} title={`Open ${row.collaboratorName}`}>
            {row.collaboratorName}
          </Link>
          <Badge tone={toneOf(row)}>{dueWords(row, today)}</Badge>
          {row.kind === 'group' && <Badge tone="blue">Group</Badge>}
        </div>
        <p className="check-in-row__reason">
          {row.source === 'finding' && (
            <span className="check-in-row__from">
              <Icon name="patterns" size={13} /> From your patterns:{' '}
            </span>
          )}
          {withLocalDays(row.reason)}
        </p>
      </div>
      <div className="row__actions check-in-row__actions">
        <Button size="sm" icon={<Icon name="plus" />} onClick={() => openQuickCapture({ collaboratorId: row.collaboratorId })} aria-label={`Log with ${row.collaboratorName}`}>
          Log
        </Button>
        <Button size="sm" variant="ghost" icon={<Icon name="calendar" />} onClick={() => setSnoozing(true)} aria-label={`Snooze ${row.collaboratorName}`}>
          Snooze
        </Button>
      </div>
      <SnoozeDialog person={person} open={snoozing} onClose={() => setSnoozing(false)} />
    </li>
  );
}
