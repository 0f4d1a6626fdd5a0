import { z } from 'zod';
import { Text } from '../entities/text';
import { ENTRY_KINDS, KINDS, RECORDS } from '../kinds';
import { SECTIONS, type Section } from './exportDocument';

/** The user's choice for a record that differs from the library's record with the same id. */
export const ConflictChoice = z.enum(['keep-mine', 'take-file'], { message: 'Choose keep-mine or take-file' });
export type ConflictChoice = z.infer<typeof ConflictChoice>;

/**
 * How conflicts are resolved: one choice for all, and optionally one per record
 * (`"<section>:<key>"`, e.g. `"feedback:3f…"`) and one for the settings, each overriding `all`.
 */
export const ImportResolution = z.strictObject({
  all: ConflictChoice.optional(),
  records: z.record(Text, ConflictChoice).optional(),
  settings: ConflictChoice.optional(),
});
export type ImportResolution = z.infer<typeof ImportResolution>;

export const ImportConflict = z.object({
  /** The record's id (a project member's is "<projectId>/<collaboratorId>"). */
  key: z.string(),
  /** The library's record, in a line. */
  label: z.string(),
  /** The file's record, in a line. */
  fileLabel: z.string(),
  /** The fields that differ. */
  fields: z.array(z.string()),
});
export type ImportConflict = z.infer<typeof ImportConflict>;

export const SectionPreview = z.object({
  new: z.number().int(),
  identical: z.number().int(),
  conflicting: z.number().int(),
  /** The first conflicting records (the count above covers them all). */
  conflicts: z.array(ImportConflict),
});
export type SectionPreview = z.infer<typeof SectionPreview>;

const perSection = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(SECTIONS.map((section) => [section, schema])) as Record<Section, T>);

export const ImportPreview = z.object({
  sections: perSection(SectionPreview),
  totals: z.object({ new: z.number().int(), identical: z.number().int(), conflicting: z.number().int() }),
  /** Whether the file's analysis settings match the library's. */
  settings: z.enum(['identical', 'conflicting']),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const SectionResult = z.object({
  added: z.number().int(),
  replaced: z.number().int(),
  kept: z.number().int(),
  identical: z.number().int(),
});

export const ImportResult = z.object({
  sections: perSection(SectionResult),
  settings: z.enum(['identical', 'replaced', 'kept']),
  /** Entries added or replaced, all kinds together. */
  entries: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** The words for each section, for previews and results. */
export const SECTION_LABELS = {
  projects: 'Projects',
  collaborators: 'People',
  projectMembers: 'Project members',
  ...Object.fromEntries(ENTRY_KINDS.map((kind) => [KINDS[kind].area, KINDS[kind].labels.many])),
  selfAssessments: RECORDS.selfAssessment.labels.many,
} as Record<Section, string>;
