import type { ComponentType, ReactNode } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { EntryKind, Kinds } from '../../../shared/kinds';
import type { IconName } from '../components/Icon';
import type { prefillOf } from '../components/log/prefill';

type AreaOf<K extends EntryKind> = Kinds[K]['area'];
/** An entry of kind K as its page reads it (`${area}.get`). */
export type EntryOf<K extends EntryKind> = MethodOutput<`${AreaOf<K>}.get`>;
export type CreateInputOf<K extends EntryKind> = MethodInput<`${AreaOf<K>}.create`>;
export type PatchInputOf<K extends EntryKind> = MethodInput<`${AreaOf<K>}.update`>;
/** The person and project a "New …" page's address chose (?person=…&project=…). */
export type Prefill = ReturnType<typeof prefillOf>;

/** What every entry form (pages/<kind>/<Kind>Form.tsx) takes; S is what it submits. */
export interface EntryFormProps<V, S> {
  initial: V;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (submitted: S) => Promise<unknown>;
}

/** A kind's form with the helpers (components/log/<kind>Form.ts) that fill it and read it back. */
export interface EntryFormSpec<K extends EntryKind, V, S> {
  Form: ComponentType<EntryFormProps<V, S>>;
  empty: (prefill: Prefill) => V;
  valuesOf: (entry: EntryOf<K>) => V;
  createInput: (submitted: S) => CreateInputOf<K>;
  patchInput: (id: string, submitted: S) => PatchInputOf<K>;
}

/** The form bound to its helpers, so the new and edit pages need not know its values' type. */
export interface KindForm<K extends EntryKind> {
  New: ComponentType<{ prefill: Prefill; submitLabel: string; cancelTo: string; onSubmit: (input: CreateInputOf<K>) => Promise<unknown> }>;
  Edit: ComponentType<{ id: string; entry: EntryOf<K>; cancelTo: string; onSubmit: (patch: PatchInputOf<K>) => Promise<unknown> }>;
}

export function entryForm<K extends EntryKind, V, S>({ Form, empty, valuesOf, createInput, patchInput }: EntryFormSpec<K, V, S>): KindForm<K> {
  return {
    New: function NewEntryForm({ prefill, onSubmit, ...labels }) {
      return <Form {...labels} initial={empty(prefill)} onSubmit={(submitted) => onSubmit(createInput(submitted))} />;
    },
    Edit: function EditEntryForm({ id, entry, cancelTo, onSubmit }) {
      return (
        <Form
          initial={valuesOf(entry)}
          submitLabel="Save changes"
          cancelTo={cancelTo}
          onSubmit={(submitted) => onSubmit(patchInput(id, submitted))}
        />
      );
    },
  };
}

/** For a form that submits the contract's fields as they are: a new entry sends them, an edit adds the id. */
export const sentAsFields = {
  createInput: <F,>(fields: F) => fields,
  patchInput: <F extends object>(id: string, fields: F) => ({ id, ...fields }),
};

type Shows<K extends EntryKind> = ComponentType<{ entry: EntryOf<K> }>;

/**
 * What the renderer adds to a kind's descriptor (src/shared/kinds): its sidebar icon, its pages'
 * own words and its own sections. The list, new, detail and edit routes, the loading, not-found and
 * error states, the header, delete with Undo and restore are the same for every kind
 * (components/entry) and named from the descriptor's labels.
 */
export interface RendererKind<K extends EntryKind> {
  icon: IconName;
  /** Its place in the sidebar's Log section. */
  navOrder: number;
  List: ComponentType;
  /** Shown while its entry loads. */
  loading: string;
  form: KindForm<K>;
  newPage: { subtitle: string; submitLabel: string };
  editPage: {
    subtitle: (entry: EntryOf<K>) => string;
    /** The back link's label ("Back to the lesson"). */
    back: string;
    /** Where an entry that is not edited here is edited instead. */
    elsewhere?: (entry: EntryOf<K>) => string | undefined;
  };
  detail: {
    title: (entry: EntryOf<K>) => string;
    /** Beside the title while the entry is not deleted. */
    badge: (entry: EntryOf<K>) => ReactNode;
    subtitle: (entry: EntryOf<K>) => ReactNode;
    /** Under the header while the entry is not deleted (a request's outcome switch). */
    Controls?: Shows<K>;
    Main: Shows<K>;
    Side: Shows<K>;
    /** Where an entry this page does not show is shown instead. */
    elsewhere?: (entry: EntryOf<K>) => string | undefined;
  };
}
