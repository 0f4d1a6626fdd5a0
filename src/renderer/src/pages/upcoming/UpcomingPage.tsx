/**
 * Upcoming: what lies ahead. Planned lessons whose day has passed come first, each asking what
 * happened; then lessons planned from today on, soonest first; then practice with a due date that
 * is not done yet, overdue items marked. Planned lessons count nowhere until they are held.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Upcoming } from '../../../../shared/entities/upcoming';
import { useCall } from '../../api/hooks';
import { ButtonLink } from '../../components/Button';
import { CalendarExportButton } from '../../components/CalendarExportButton';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { PracticeCheck } from '../../components/log/PracticeCheck';
import { plural } from '../../format';
import { PracticeFrom } from '../lessons/PracticeFrom';
import { PlannedRow } from './PlannedRow';
import { PLAN_LESSON_HREF } from './upcomingWords';
import '../../components/surfaces/rows.css';
import './UpcomingPage.css';

function summary(upcoming: Upcoming): string {
  const { planned, unanswered, practice } = upcoming.totals;
  const overdue = upcoming.practice.filter((item) => item.overdue).length;
  const parts = [
    unanswered > 0 ? `${plural(unanswered, 'lesson')} to answer for` : null,
    planned > 0 ? `${plural(planned, 'lesson')} planned` : null,
    practice > 0 ? `${plural(practice, 'practice item')} due${overdue > 0 ? `, ${overdue} overdue` : ''}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Nothing planned, nothing due.';
}

export function UpcomingPage() {
  const upcoming = useCall('upcoming.list', {});
  const data = upcoming.data;
  const nothing = data !== undefined && data.planned.length + data.unanswered.length + data.practice.length === 0;
  return (
    <>
      <PageHeader
        title="Upcoming"
        subtitle={data ? summary(data) : 'Lessons you planned and practice that is due.'}
        actions={
          // With nothing upcoming, the empty state's button is the main one.
          <>
            <CalendarExportButton />
            <ButtonLink to={PLAN_LESSON_HREF} variant={nothing ? 'secondary' : 'primary'} icon={<Icon name="plus" />}>
              Plan a lesson
            </ButtonLink>
          </>
        }
      />
      {upcoming.isPending ? (
        <Loading label="Loading what is upcoming…" />
      ) : upcoming.isError ? (
        <ErrorNotice error={upcoming.error} onRetry={() => void upcoming.refetch()} />
      ) : (
        <UpcomingLists data={upcoming.data} />
      )}
    </>
  );
}

function UpcomingLists({ data }: { data: Upcoming }) {
  return (
    <>
      {data.planned.length + data.unanswered.length + data.practice.length === 0 ? (
        <EmptyState
          icon="upcoming"
          title="Nothing upcoming"
          action={
            <ButtonLink to={PLAN_LESSON_HREF} variant="primary" icon={<Icon name="plus" />}>
              Plan a lesson
            </ButtonLink>
          }
        >
          <p>
            Plan your next lesson to see it here, and give practice a due date when you log a lesson. Once a planned
            lesson’s day has passed, this is where you say what happened.
          </p>
        </EmptyState>
      ) : (
        <div className="upcoming">
          {data.unanswered.length > 0 && (
            <UpcomingSection
              title="What happened?"
              note="These lessons’ days have passed. Say whether each was held, cancelled or moved: only a held lesson counts."
              total={data.totals.unanswered}
              shown={data.unanswered.length}
            >
              <ul className="rows" aria-label="Lessons to answer for">
                {data.unanswered.map((lesson) => (
                  <PlannedRow key={lesson.id} lesson={lesson} today={data.today} answer />
                ))}
              </ul>
            </UpcomingSection>
          )}
          <UpcomingSection title="Planned lessons" total={data.totals.planned} shown={data.planned.length}>
            {data.planned.length === 0 ? (
              <p className="upcoming__empty">
                No lessons planned from today on. <Link to={PLAN_LESSON_HREF}>Plan one</Link>
              </p>
            ) : (
              <ul className="rows" aria-label="Planned lessons">
                {data.planned.map((lesson) => (
                  <PlannedRow key={lesson.id} lesson={lesson} today={data.today} answer={lesson.date === data.today} />
                ))}
              </ul>
            )}
          </UpcomingSection>
          <UpcomingSection title="Practice due" total={data.totals.practice} shown={data.practice.length}>
            {data.practice.length === 0 ? (
              <p className="upcoming__empty">No open practice with a due date.</p>
            ) : (
              <ul className="rows practice-list" aria-label="Practice due">
                {data.practice.map((item) => (
                  <li key={item.id}>
                    <PracticeCheck
                      item={item}
                      context={<PracticeFrom item={item} />}
                    />
                  </li>
                ))}
              </ul>
            )}
          </UpcomingSection>
        </div>
      )}
    </>
  );
}

interface UpcomingSectionProps {
  title: string;
  note?: string;
  total: number;
  shown: number;
  children: ReactNode;
}

function UpcomingSection({ title, note, total, shown, children }: UpcomingSectionProps) {
  return (
    <section className="upcoming__section" aria-label={title}>
      <h2 className="upcoming__title">
        {title} {total > 0 && <span className="upcoming__count">{total}</span>}
      </h2>
      {note && <p className="upcoming__note">{note}</p>}
      {children}
      {total > shown && <p className="muted">Showing the first {shown} of {total}.</p>}
    </section>
  );
}
