/** One entry on a timeline: kind mark, title and status, the entry's words, direction in words, and the day. */
import type { CSSProperties, Ref } from 'react';
import { Link } from 'react-router-dom';
import type { TimelineDirection, TimelineEntry } from '../../../../shared/entities/timeline';
import { formatDay } from '../../format';
import { cameFromState, type CameFrom } from '../entry/cameFrom';
import { DirectionMark, FeedbackStatusPill, RequestOutcomePill } from '../log/LogPills';
import { TypeGlyph } from './TimelineGlyphs';
import { timelineWords } from './timelineWords';
import '../surfaces/rows.css';
import './TimelineRow.css';

/** From the user's side. A request the user made is their request; one made of them is the other's. */
function directionText(entry: TimelineEntry): string {
  const words: Record<TimelineDirection, string> =
    entry.type === 'request'
      ? { received: 'Your need', given: 'Their need', mutual: 'Both' }
      : { received: 'You received', given: 'You gave', mutual: 'Both ways' };
  return words[entry.direction];
}

function EntryStatus({ entry }: { entry: TimelineEntry }) {
  if (entry.type === 'feedback') return <FeedbackStatusPill status={entry.status} />;
  if (entry.type === 'request') return <RequestOutcomePill outcome={entry.outcome} />;
  return null;
}

interface TimelineRowProps {
  entry: TimelineEntry;
  /** The party the timeline is not about: the project on a person's timeline, the person on a project's. */
  other: string | null;
  /** The timeline's page, passed on to the entry's page for its way back. */
  cameFrom: CameFrom;
  index: number;
  setSize: number;
  style: CSSProperties;
  ref: Ref<HTMLLIElement>;
}

export function TimelineRow({ entry, other, cameFrom, index, setSize, style, ref }: TimelineRowProps) {
  const { title, detail } = timelineWords(entry);
  return (
    <li
      ref={ref}
      className={`tl-row tl-row--${entry.type}`}
      style={style}
      data-index={index}
      data-entry={`${entry.type}:${entry.id}`}
      aria-posinset={index + 1}
      aria-setsize={setSize}
    >
      <TypeGlyph type={entry.type} />
      <div className="tl-row__main">
        <div className="tl-row__head">
          <Link className="tl-row__title stretched-link" to={entry.href} state={cameFromState(cameFrom)} title={title}>
            {title}
          </Link>
          <EntryStatus entry={entry} />
        </div>
        {entry.summary && (
          <p className="tl-row__summary" title={entry.summary}>
            {entry.summary}
          </p>
        )}
        <div className="tl-row__meta">
          <span className={`tl-direction tl-direction--${entry.direction}`}>
            <DirectionMark direction={entry.direction} />
            {directionText(entry)}
          </span>
          {other && <span className="tl-row__other">{other}</span>}
          {detail && (
            <span className="tl-row__detail" title={detail}>
              {detail}
            </span>
          )}
        </div>
      </div>
      <time className="tl-row__date" dateTime={entry.date}>
        {formatDay(entry.date)}
      </time>
    </li>
  );
}
