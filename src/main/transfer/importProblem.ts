import type { z } from 'zod';
import type { Section } from '../../shared/transfer/exportDocument';

/** Where in an export file a problem is: the record (its section, place and id) and the field. */
export interface ProblemPlace {
  section?: Section | undefined;
  /** The record's place in its section, from 0. */
  index?: number | undefined;
  id?: string | undefined;
  /** Dotted path inside the record (or of a top-level field). */
  field?: string | undefined;
}

/**
 * Why an import file cannot be imported, and where. Its message is a sentence for the user that
 * already names the record and the field; nothing is written when one is thrown.
 */
export class ImportProblem extends Error {
  constructor(
    readonly reason: string,
    readonly place: ProblemPlace = {},
  ) {
    super(describePlace(reason, place));
    this.name = 'ImportProblem';
  }
}

function describePlace(reason: string, place: ProblemPlace): string {
  if (place.section === undefined) return reason;
  const record = `${place.section} record ${(place.index ?? 0) + 1}${place.id ? ` (id ${place.id})` : ''}`;
  const field = place.field ? `, field "${place.field}"` : '';
  return `${record}${field}: ${reason}`;
}

/** A zod issue as a problem at its record and field. */
export function problemOfIssue(issue: z.core.$ZodIssue | undefined, record: Omit<ProblemPlace, 'field'> = {}): ImportProblem {
  const path = issue?.path.map(String) ?? [];
  if (issue?.code === 'unrecognized_keys') {
    const field = [...path, issue.keys.join(', ')].join('.');
    return new ImportProblem('This format has no such field (is it misspelt?).', { ...record, field });
  }
  return new ImportProblem(issue?.message ?? 'This record is not valid.', { ...record, field: path.join('.') || undefined });
}
