import type { BrowserWindow } from 'electron';
import type { FileDialogs } from '../api/ports';
import type { ElectronMain } from './electronMain';

const saveFilter = (name: string) =>
  name.endsWith('.csv')
    ? { name: 'CSV', extensions: ['csv'] }
    : name.endsWith('.ics')
      ? { name: 'Calendar (iCalendar)', extensions: ['ics'] }
      : { name: 'Counterpoint export', extensions: ['json'] };

/**
 * The desktop's save and open dialogs for export and import files (the API's FileDialogs port).
 * Thin on purpose: choosing a path is all that happens here; the API writes and reads the files.
 */
export function fileDialogs(dialog: ElectronMain['dialog'], window: () => BrowserWindow | null): FileDialogs {
  const parent = () => window() ?? undefined;
  return {
    async chooseSaveTarget(suggestedName) {
      const options = {
        title: 'Export',
        defaultPath: suggestedName,
        filters: [saveFilter(suggestedName)],
      };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImportFile() {
      const options = {
        title: 'Import a Counterpoint export',
        properties: ['openFile' as const],
        filters: [{ name: 'Counterpoint export', extensions: ['json'] }],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
