/** NewEntryPage: "Log feedback", "Log a lesson", … — the kind's form, empty but for the person or project the address names. */
import { useNavigate, useSearchParams } from 'react-router-dom';
import { KINDS, entryHref, type EntryKind } from '../../../../shared/kinds';
import { useCommand } from '../../api/hooks';
import { RENDERER_KINDS } from '../../kinds';
import { LOG_AREAS } from '../log/invalidation';
import { prefillOf } from '../log/prefill';
import { PageHeader } from '../PageHeader';
import { useToast } from '../Toast';

export function NewEntryPage<K extends EntryKind>({ kind }: { kind: K }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const { area, labels, paths } = KINDS[kind];
  const { form, newPage } = RENDERER_KINDS[kind];
  const create = useCommand(`${area}.create` as const, {
    invalidates: LOG_AREAS,
    // Lands on the new entry, whose heading takes the focus.
    onSuccess: (created) => {
      toast.show({ tone: 'success', message: `${labels.one} logged.` });
      navigate(entryHref(kind, created.id), { replace: true });
    },
  });
  return (
    <>
      <PageHeader title={labels.create} subtitle={newPage.subtitle} back={{ to: paths.list, label: labels.nav }} focusOnOpen={false} />
      <form.New prefill={prefillOf(params)} submitLabel={newPage.submitLabel} cancelTo={paths.list} onSubmit={create.mutateAsync} />
    </>
  );
}

