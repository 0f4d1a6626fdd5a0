/**
 * EvidenceList: "17 entries behind this", opened on demand; each entry links to its own page.
 * With a collaborator, titles and one-line summaries come from their timeline (one query, only
 * when opened); otherwise an entry is named by its kind and date.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Evidence, EvidenceRef } from '../../../../shared/entities/patterns';
import { PAGE_LIMIT_MAX } from '../../../../shared/entities/paging';
import { entryHref, type TimelineEntry } from '../../../../shared/entities/timeline';
import { useCall } from '../../api/hooks';
import { formatDay, plural } from '../../format';
import { Icon } from '../Icon';
import { EVIDENCE_TYPE_LABEL } from './patternWords';

interface EvidenceListProps {
  evidence: Evidence;
  /** Whose entries these are, for richer labels. */
  collaboratorId?: string;
  /** Names the list for assistive tech, e.g. "Entries behind Sam Reyes’s balance". */
  label: string;
}

const hrefOf = (ref: EvidenceRef) => (ref.type === 'project' ? `/projects/${ref.id}` : entryHref(ref.type, ref.id));

export function EvidenceList({ evidence, collaboratorId, label }: EvidenceListProps) {
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
        {open && <EvidenceEntries refs={refs} total={total} collaboratorId={collaboratorId} label={label} />}
      </div>
    </div>
  );
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

  return (
    <>
      <ul className="evidence__list" aria-label={label}>
        {refs.map((ref) => {
          const entry = ref.type === 'project' ? undefined : entries.get(`${ref.type}:${ref.id}`);
          const title =
            ref.type === 'project'
              ? (projectTitles.get(ref.id) ?? 'Project')
              : (entry?.title ?? `${EVIDENCE_TYPE_LABEL[ref.type]}${ref.date ? ` of ${formatDay(ref.date)}` : ''}`);
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
      {refs.length < total && (
        <p className="evidence__more">
          Showing the {refs.length} newest of {total}. The rest are in the log.
        </p>
      )}
    </>
  );
}
