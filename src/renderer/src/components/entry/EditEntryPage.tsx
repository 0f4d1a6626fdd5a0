/** EditEntryPage: "Edit feedback", "Edit lesson", … — the kind's form filled from the entry; a deleted entry is read-only, so it goes back to its page. */
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { KINDS, entryHref, type EntryKind } from '../../../../shared/kinds';
import { useCommand } from '../../api/hooks';
import { RENDERER_KINDS } from '../../kinds';
import type { EntryOf } from '../../kinds/rendererKind';
import { LOG_AREAS } from '../log/invalidation';
import { PageHeader } from '../PageHeader';
import { useToast } from '../Toast';
import { entryStatus, useEntry } from './entryQuery';
import { QueryPage } from './QueryPage';
import { cameFromState, useCameFrom } from './cameFrom';

export function EditEntryPage<K extends EntryKind>({ kind }: { kind: K }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useEntry(kind, id);
  const { area, labels } = KINDS[kind];
  const { form, editPage } = RENDERER_KINDS[kind];
  const entryPage = entryHref(kind, id);
  // The entry's page keeps its way back (a timeline) after the edit.
  const from = useCameFrom();
  const update = useCommand(`${area}.update` as const, {
    invalidates: LOG_AREAS,
    onSuccess: () => {
      toast.show({ tone: 'success', message: `${labels.one} saved.` });
      navigate(entryPage, { state: from && cameFromState(from) });
    },
  });

  return (
    <QueryPage query={detail} {...entryStatus(kind)}>
      {(data) => {
        // TypeScript widens the answer to every kind's entry; it is this kind's.
        const entry = data as EntryOf<K> & { deletedAt: string | null };
        const elsewhere = editPage.elsewhere?.(entry);
        if (elsewhere) return <Navigate to={elsewhere} replace />;
        if (entry.deletedAt) return <Navigate to={entryPage} replace />;
        return (
          <>
            <PageHeader
              title={`Edit ${labels.noun}`}
              subtitle={editPage.subtitle(entry)}
              back={{ to: entryPage, label: editPage.back }}
              focusOnOpen={false}
            />
            <form.Edit id={id} entry={entry} cancelTo={entryPage} onSubmit={update.mutateAsync} />
          </>
        );
      }}
    </QueryPage>
  );
}
