import type { ExportFile } from '../../../shared/contract/transfer';
import { ResultEnvelope } from '../../../shared/result';
import { call, CallError, transportMode } from './client';
import { answerOf } from './httpAnswer';
import { browserAuthorization } from './transport';

/**
 * Getting export and import files across. Browser mode: the prepared export is fetched (with the
 * token) and handed to the browser as a download; an import file is sent as the body of one
 * streaming request. Electron: the main process shows its save and open dialogs.
 */

/** Saves a prepared export; false when the user cancelled the save dialog. */
export async function saveExport(prepared: ExportFile): Promise<boolean> {
  if (transportMode === 'electron') return (await call('export.save', { file: prepared.file, name: prepared.name })).saved;
  const response = await fetch(`/api/files/${prepared.file}`, { headers: { Authorization: browserAuthorization() } });
  if (!response.ok) throw await errorOf(response);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = prepared.name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the Blob to the download; the URL can go on the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return true;
}

/** Sends a file the user picked (browser mode) into the main process; returns its id. */
export async function sendImportFile(file: File): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/api/files', {
      method: 'POST',
      headers: { Authorization: browserAuthorization(), 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new CallError({ code: 'INTERNAL', message: 'Counterpoint is not reachable. Is it still running?' });
  }
  const answer = answerOf(response.status, await response.json().catch(() => null));
  if (!answer.ok) throw new CallError(answer.error);
  return (answer.value as { file: string }).file;
}

async function errorOf(response: Response): Promise<CallError> {
  const parsed = ResultEnvelope.safeParse(await response.json().catch(() => null));
  if (parsed.success && !parsed.data.ok) return new CallError(parsed.data.error);
  return new CallError({ code: 'INTERNAL', message: `The file could not be downloaded (HTTP ${response.status}).` });
}
