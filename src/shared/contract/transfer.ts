import { z } from 'zod';
import { Id } from '../entities/common';
import { requiredText } from '../entities/text';
import { CsvTable } from '../transfer/exportDocument';
import { ImportPreview, ImportResolution, ImportResult } from '../transfer/importPlan';
import { command, query } from './method';

/**
 * Export and import (docs/EXPORT.md). Files travel by id: an export is written into the data
 * folder's transfer/ and then downloaded (browser mode: GET /api/files/<id>) or saved through a
 * dialog (Electron); an import file arrives there (POST /api/files, or the open dialog) and is
 * previewed and applied by id. The renderer never names a path.
 */
export const ExportRequest = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('json') }),
  z.strictObject({ format: z.literal('csv'), table: CsvTable }),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportFile = z.object({
  file: Id,
  /** The name to save it under: "counterpoint-2026-03-15.json", "feedback.csv". */
  name: z.string(),
  records: z.number().int(),
  bytes: z.number().int(),
});
export type ExportFile = z.infer<typeof ExportFile>;

export const TransferFileInput = z.strictObject({ file: Id });

export const ImportFile = z.object({ file: Id, name: z.string() });

export const transferMethods = {
  /** Writes the export into the transfer folder; reading only, so it works on a read-only library too. */
  'export.prepare': query(ExportRequest, ExportFile),
  /** Electron: asks where to save a prepared export and moves it there. The name is the one the dialog suggests: one line, no NUL (no path can hold one). */
  'export.save': query(TransferFileInput.extend({ name: requiredText('The file name', 200, 'one line') }), z.object({ saved: z.boolean() })),
  /** Electron: asks for a file to import and brings it into the transfer folder. */
  'import.choose': query(z.strictObject({}), ImportFile.nullable()),
  /** What importing the file would do; nothing is written. */
  'import.preview': query(TransferFileInput, ImportPreview),
  /** Backs the library up, then imports the file in one transaction with the user's choices for conflicts. */
  'import.apply': command(TransferFileInput.extend({ resolution: ImportResolution.optional() }), ImportResult),
  /** Forgets an import file the user decided not to import. */
  'import.discard': query(TransferFileInput, z.object({ ok: z.literal(true) })),
};
