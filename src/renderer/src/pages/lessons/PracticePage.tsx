import { useState } from 'react';
import type { PracticeEntry } from '../../../../shared/entities/lesson';
import { useCall } from '../../api/hooks';
import { ButtonLink } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { Toggle } from '../../components/Toggle';
import { todayIso } from '../../components/log/dates';
import { LoadMore } from '../../components/log/LoadMore';
import { PracticeCheck } from '../../components/log/PracticeCheck';
import { usePagedList } from '../../components/log/usePagedList';
import { parseFlag, serializeFlag, useUrlState } from '../../hooks/useUrlState';
import { plural } from '../../format';
import { LessonTabs } from './LessonTabs';
import { PracticeFrom } from './PracticeFrom';
import '../../components/surfaces/rows.css';
import './PracticePage.css';

/**
 * Practice across every lesson: what is still open, soonest due first, overdue marked; ticked
 * off in place, a page at a time ("Load more"). An item ticked here stays in view (under "Done
 * just now") until the page is left, so it can be unticked if the click was a slip.
 */
export function PracticePage() {
  const [showDone, setShowDone] = useUrlState('done', parseFlag, serializeFlag);
  const { query: practice, items, total } = usePagedList('practice.list', { includeDone: showDone });
  // How many are open in all: the list's own total without the done ones, the Lessons tab's count with them.
  const openCount = useCall('practice.list', { limit: 1 }, { enabled: showDone });
  const openTotal = showDone ? openCount.data?.total : total;
  const [justDone, setJustDone] = useState<PracticeEntry[]>([]);

  const open = items.filter((item) => !item.done);
  const done = items.filter((item) => item.done);
  // Items ticked here drop out of the open list when it reloads; keep them visible below it.
  const recent = showDone ? [] : justDone.filter((item) => !open.some((o) => o.id === item.id));
  const overdue = open.filter((item) => item.overdue).length;

  const onToggle = (item: PracticeEntry) => (isDone: boolean) =>
    setJustDone((list) => {
      const others = list.filter((i) => i.id !== item.id);
      return isDone ? [...others, { ...item, done: true, doneDate: todayIso(), overdue: false }] : others;
    });

  return (
    <>
      <PageHeader
        title="Practice"
        subtitle={
          openTotal === undefined
            ? 'What your lessons left you to work on.'
            : openTotal === 0
              ? 'Nothing open right now.'
              : `${plural(openTotal, 'item')} open${overdue > 0 ? `, ${overdue} overdue` : ''} · soonest due first`
        }
        actions={
          <ButtonLink to="/lessons/new" icon={<Icon name="plus" />}>
            Log a lesson
          </ButtonLink>
        }
      />
      <LessonTabs
        openPractice={openTotal}
        aside={<Toggle label="Show done" checked={showDone} onChange={setShowDone} />}
      />
      {practice.isPending ? (
        <Loading label="Loading practice…" />
      ) : practice.isError ? (
        <ErrorNotice error={practice.error} onRetry={() => void practice.refetch()} />
      ) : open.length === 0 && recent.length === 0 && done.length === 0 ? (
        <NoPractice />
      ) : (
        <div className="practice-page">
          {open.length === 0 ? (
            <p className="practice-page__clear">
              <Icon name="check" /> All caught up: nothing open.
            </p>
          ) : (
            <PracticeGroup title="Open" items={open} onToggle={onToggle} />
          )}
          {recent.length > 0 && <PracticeGroup title="Done just now" items={recent} onToggle={onToggle} />}
          {done.length > 0 && <PracticeGroup title="Done" items={done} onToggle={onToggle} />}
          <LoadMore
            shown={items.length}
            total={total ?? items.length}
            noun={['item', 'items']}
            hasMore={practice.hasNextPage}
            loading={practice.isFetchingNextPage}
            onMore={() => void practice.fetchNextPage()}
          />
        </div>
      )}
    </>
  );
}

/** The empty state: back to the lessons when there are some, or straight to logging the first one. */
function NoPractice() {
  const lessons = useCall('lessons.list', { limit: 1 });
  return (
    <EmptyState
      icon="lessons"
      title="No practice to do"
      action={
        // Which way on is not known until the lessons answer; no button beats one that changes under the pointer.
        lessons.data === undefined ? undefined : lessons.data.items.length > 0 ? (
          <ButtonLink to="/lessons" variant="primary">
            Go to your lessons
          </ButtonLink>
        ) : (
          <ButtonLink to="/lessons/new" variant="primary" icon={<Icon name="plus" />}>
            Log a lesson
          </ButtonLink>
        )
      }
    >
      <p>
        Practice assignments come from lessons. Add them when you log a lesson — “scales in D, ten minutes a day, by
        Friday” — and tick them off here as you go.
      </p>
    </EmptyState>
  );
}

function PracticeGroup({
  title,
  items,
  onToggle,
}: {
  title: string;
  items: PracticeEntry[];
  onToggle: (item: PracticeEntry) => (done: boolean) => void;
}) {
  return (
    <section className="practice-group" aria-label={title}>
      <h2 className="practice-group__title">{title}</h2>
      <ul className="rows practice-list" aria-label={`${title} practice`}>
        {items.map((item) => (
          <li key={item.id}>
            <PracticeCheck
              item={item}
              onToggle={onToggle(item)}
              context={<PracticeFrom item={item} />}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
