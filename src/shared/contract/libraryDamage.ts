import { z } from 'zod';

/**
 * Why the user's library could not be opened (db/integrity.ts finds it before anything is written):
 * the file is shorter than its own header says (truncated), is not an SQLite file at all, has a
 * damaged page (quick_check failed), or was written by a newer version of Counterpoint.
 */
export const LibraryDamageKind = z.enum(['truncated', 'not-sqlite', 'damaged', 'too-new']);
export type LibraryDamageKind = z.infer<typeof LibraryDamageKind>;

export const LibraryDamage = z.object({
  kind: LibraryDamageKind,
  /** The library file's full path. */
  file: z.string(),
  /** What SQLite or the check reported, for a support request; the screen words it itself. */
  detail: z.string(),
  /** too-new: the schema found and the newest this version understands. */
  foundSchema: z.number().int().optional(),
  supportedSchema: z.number().int().optional(),
});
export type LibraryDamage = z.infer<typeof LibraryDamage>;
