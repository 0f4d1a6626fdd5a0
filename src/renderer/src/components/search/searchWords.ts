import type { SearchKind } from '../../../../shared/contract/search';
import { KINDS } from '../../../../shared/kinds';

/** A kind's name in the search dialog: the registry's labels for entries. */
export function kindLabel(kind: SearchKind, form: 'one' | 'many'): string {
  if (kind === 'person') return form === 'one' ? 'Person' : 'People';
  if (kind === 'project') return form === 'one' ? 'Project' : 'Projects';
  return KINDS[kind].labels[form];
}

/** "12 results", "1 result". */
export const resultCount = (count: number): string => `${count} ${count === 1 ? 'result' : 'results'}`;
