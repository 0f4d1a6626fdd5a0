import fs from 'node:fs';
import path from 'node:path';
import type { ExportRequest, transferMethods } from '../../shared/contract/transfer';
import { exportCsvToFile, exportToFile } from '../transfer/exportFile';
import { csvFileName } from '../transfer/exportCsv';
import { applyImport, previewImport } from '../transfer/importLibrary';
import { ImportProblem } from '../transfer/importProblem';
import {
  copyIntoTransferFolder,
  removeTransferFile,
  transferFile,
  writeTransferFile,
} from '../transfer/transferFolder';
import { ApiError, type ApiContext, type HandlersFor } from './context';
import type { FileDialogs } from './ports';

const dataDirOf = (ctx: ApiContext) => ctx.host.info().dataDir;
const librarySettings = (ctx: ApiContext) => ({ analysis: ctx.settings.get().analysis });

function fileOf(ctx: ApiContext, id: string): string {
  const file = transferFile(dataDirOf(ctx), id);
  if (!file) throw new ApiError('NOT_FOUND', 'That file is no longer waiting to be imported or saved. Choose it again.');
  return file;
}

function dialogsOf(ctx: ApiContext): FileDialogs {
  if (!ctx.host.dialogs) throw new ApiError('CONFLICT', 'This Counterpoint has no file dialogs; the browser saves and opens files.');
  return ctx.host.dialogs;
}

/** An import problem as a validation error that names the record and field. */
function asApiError(error: unknown): unknown {
  if (!(error instanceof ImportProblem)) return error;
  const { section, index, id, field } = error.place;
  return new ApiError('VALIDATION', error.message, {
    issues: [{ path: field ?? '', message: error.reason }],
    ...(section !== undefined ? { record: { section, position: (index ?? 0) + 1, id: id ?? null } } : {}),
  });
}

const exportName = (request: ExportRequest, today: string) =>
  request.format === 'json' ? `counterpoint-${today}.json` : csvFileName(request.table).replace(/\.csv$/, `-${today}.csv`);

export const transferHandlers: HandlersFor<typeof transferMethods> = {
  'export.prepare': async (request, ctx) => {
    const { id, file, written: records } = await writeTransferFile(dataDirOf(ctx), request.format, async (unfinished) =>
      request.format === 'json'
        ? Object.values(await exportToFile(ctx.db, librarySettings(ctx), unfinished, ctx.at)).reduce((sum, n) => sum + n, 0)
        : exportCsvToFile(ctx.db, request.table, unfinished),
    );
    return { file: id, name: exportName(request, ctx.today), records, bytes: fs.statSync(file).size };
  },
  'export.save': async ({ file: id, name }, ctx) => {
    const file = fileOf(ctx, id);
    const target = await dialogsOf(ctx).chooseSaveTarget(path.basename(name));
    if (!target) return { saved: false };
    fs.copyFileSync(file, target);
    removeTransferFile(dataDirOf(ctx), id);
    return { saved: true };
  },
  'import.choose': async (_input, ctx) => {
    const chosen = await dialogsOf(ctx).chooseImportFile();
    if (!chosen) return null;
    return { file: await copyIntoTransferFolder(dataDirOf(ctx), chosen), name: path.basename(chosen) };
  },
  'import.preview': ({ file: id }, ctx) => {
    const file = fileOf(ctx, id);
    try {
      return previewImport(ctx.db, file, librarySettings(ctx));
    } catch (error) {
      // A file that cannot be imported is of no further use: it does not wait in the data folder.
      if (error instanceof ImportProblem) removeTransferFile(dataDirOf(ctx), id);
      throw asApiError(error);
    }
  },
  'import.apply': async ({ file: id, resolution }, ctx) => {
    const file = fileOf(ctx, id);
    try {
      try {
        await ctx.host.backups?.create('before-import');
      } catch (error) {
        throw new ApiError(
          'BACKUP_FAILED',
          `The library could not be backed up first, so nothing was imported. ${(error as Error).message ?? ''}`.trim(),
        );
      }
      const { takeSettings, ...result } = applyImport(ctx.db, file, resolution, librarySettings(ctx), ctx.at);
      if (takeSettings) ctx.settings.update(takeSettings);
      return result;
    } catch (error) {
      throw asApiError(error);
    } finally {
      removeTransferFile(dataDirOf(ctx), id);
    }
  },
  'import.discard': ({ file: id }, ctx) => {
    removeTransferFile(dataDirOf(ctx), id);
    return { ok: true as const };
  },
};

