/**
 * EvidenceList: "17 entries behind this", opened on demand; each entry links to its own page.
 * A Patterns page finding carries only its count: its entries come from patterns.evidence when it
 * is opened. With a collaborator, titles and one-line summaries come from their timeline (one
 * query, only when opened); otherwise an entry is named by its kind and date.
 */
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { FindingEvidenceInput } from '../../../../shared/contract/patterns';
import type { Evidence, EvidenceRef, EvidenceType } from '../../../../shared/entities/patterns';
import { PAGE_LIMIT_MAX } from '../../../../shared/entities/paging';
import { type TimelineEntry } from '../../../../shared/entities/timeline';
import { entryHref } from '../../../../shared/kinds';
import { useCall } from '../../api/hooks';
import { formatDay, plural } from '../../format';
import { Icon } from '../Icon';
import { ErrorNotice, Loading } from '../StatusViews';
import { timelineWords } from '../timeline/timelineWords';
import { EVIDENCE_TYPE_LABEL } from './patternWords';
import './EvidenceList.css';

interface EvidenceListProps {
  /** The count, and the entries unless `finding` is given. */
  evidence: Evidence;
  /** The finding whose entries patterns.evidence lists when opened (the report carries the count only). */
  finding?: FindingEvidenceInput;
  /** Whose entries these are, for richer labels. */
  collaboratorId?: string;
  /** Names the list for assistive tech, e.g. "Entries behind Sam Reyes’s balance". */
  label: string;
}

const hrefOf = (ref: EvidenceRef) => (ref.type === 'project' ? `/projects/${ref.id}` : entryHref(ref.type, ref.id));

/** The log list that holds each kind of entry; Give & take holds feedback and lessons too, beside other help. */
const LIST_OF: Record<Exclude<EvidenceType, 'project'>, { path: string; name: string }> = {
  feedback: { path: '/feedback', name: 'Feedback' },
  lesson: { path: '/lessons', name: 'Lessons' },
  request: { path: '/requests', name: 'Requests' },
  help: { path: '/exchanges', name: 'Give & take' },
};
const LEDGER_TYPES: ReadonlySet<EvidenceType> = new Set(['feedback', 'lesson', 'help']);

/**
 * Where the entries left out of a capped list can be read: the one log list that holds them all
 * (filtered to the person with its ?person= filter), else the person's own page and timeline.
 */
function restOfLog(refs: EvidenceRef[], collaboratorId: string | undefined, here: string): { to: string; label: string } | null {
  const types = new Set(refs.map((ref) => ref.type));
  const [only] = types;
  const list =
    types.size === 1 && only !== undefined && only !== 'project'
      ? LIST_OF[only]
      : types.size > 0 && [...types].every((type) => LEDGER_TYPES.has(type))
        ? LIST_OF.help
        : null;
  if (list) {
    const query = collaboratorId ? `?${new URLSearchParams({ person: collaboratorId }).toString()}` : '';
    return { to: `${list.path}${query}`, label: `See them all in ${list.name}` };
  }
  const personPage = collaboratorId ? `/people/${collaboratorId}` : null;
  // On the person's own page the timeline is just below, and a link to this very page would go nowhere.
  return personPage && personPage !== here ? { to: personPage, label: 'See them all in their timeline' } : null;
}

export function EvidenceList({ evidence, finding, collaboratorId, label }: EvidenceListProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { refs, total } = evidence;
  if (total === 0) return <p className="evidence__none">No entries behind this.</p>;
  return (
    <div className={`evidence${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="evidence__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="evidence__chevron" aria-hidden="true">
          <Icon name="chevron" size={12} />
        </span>
        {plural(total, 'entry', 'entries')} behind this
      </button>
      <div id={listId} hidden={!open}>
        {open &&
          (finding ? (
            <FindingEntries finding={finding} collaboratorId={collaboratorId} label={label} />
          ) : (
            <EvidenceEntries refs={refs} total={total} collaboratorId={collaboratorId} label={label} />
          ))}
      </div>
    </div>
  );
}

function FindingEntries({ finding, collaboratorId, label }: { finding: FindingEvidenceInput; collaboratorId?: string; label: string }) {
  const evidence = useCall('patterns.evidence', finding);
  if (evidence.isPending) return <Loading label="Finding the entries…" />;
  if (evidence.isError) return <ErrorNotice error={evidence.error} onRetry={() => void evidence.refetch()} />;
  return <EvidenceEntries refs={evidence.data.refs} total={evidence.data.total} collaboratorId={collaboratorId} label={label} />;
}

function EvidenceEntries({ refs, total, collaboratorId, label }: { refs: EvidenceRef[]; total: number; collaboratorId?: string; label: string }) {
  const timeline = useCall(
    'timeline.forCollaborator',
    { collaboratorId: collaboratorId ?? '', limit: PAGE_LIMIT_MAX },
    { enabled: collaboratorId !== undefined },
  );
  const hasProjects = refs.some((ref) => ref.type === 'project');
  const projects = useCall('projects.list', { includeArchived: true }, { enabled: hasProjects });
  const entries = new Map<string, TimelineEntry>((timeline.data?.items ?? []).map((item) => [`${item.type}:${item.id}`, item]));
  const projectTitles = new Map((projects.data ?? []).map((project) => [project.id, project.title]));
  const { pathname } = useLocation();

  return (
    <>
      <ul className="evidence__list" aria-label={label}>
        {refs.map((ref) => {
          const entry = ref.type === 'project' ? undefined : entries.get(`${ref.type}:${ref.id}`);
          const title =
            ref.type === 'project'
              ? (projectTitles.get(ref.id) ?? 'Project')
              : entry
                ? timelineWords(entry).title
                : `${EVIDENCE_TYPE_LABEL[ref.type]}${ref.date ? ` of ${formatDay(ref.date)}` : ''}`;
          return (
            <li key={`${ref.type}:${ref.id}`} className="evidence__item">
              <span className={`evidence__kind evidence__kind--${ref.type}`}>{EVIDENCE_TYPE_LABEL[ref.type]}</span>
              <span className="evidence__main">
                <Link className="evidence__link" to={hrefOf(ref)}>
                  {title}
                </Link>
                {entry?.summary && <span className="evidence__summary">{entry.summary}</span>}
              </span>
              {ref.date && (
                <time className="evidence__date" dateTime={ref.date}>
                  {formatDay(ref.date)}
                </time>
              )}
            </li>
          );
        })}
      </ul>
      {refs.length < total && <EvidenceMore shown={refs.length} total={total} rest={restOfLog(refs, collaboratorId, pathname)} />}
    </>
  );
}

function EvidenceMore({ shown, total, rest }: { shown: number; total: number; rest: { to: string; label: string } | null }) {
  return (
    <p className="evidence__more">
      Showing the {shown} newest of {total}.{' '}
      {rest ? (
        <Link className="link" to={rest.to}>
          {rest.label}
        </Link>
      ) : (
        'The rest are in the log.'
      )}
    </p>
  );
}
