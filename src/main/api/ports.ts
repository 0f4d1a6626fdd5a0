import type Database from 'better-sqlite3';
import type { AppInfo } from '../../shared/contract/app';
import type { BackupInfo, BackupReason } from '../../shared/contract/backups';
import type { LibraryDamage } from '../../shared/contract/libraryDamage';
import type { FieldIssue } from '../../shared/result';
import type { Settings, SettingsWrite } from '../../shared/settings';
import type { SettingReset } from '../../shared/settingsReset';

/**
 * What the API needs from whoever runs it. The API declares these; the host (src/main/host), the
 * Electron shell, the CLI and tests implement them, so the API never imports any of them.
 */
export interface ApiHost {
  db(): Database.Database;
  settings: SettingsStore;
  info(): Omit<AppInfo, 'schemaVersion' | 'damage'>;
  now?: () => Date;
  /** Switching between the user's own library and the sample; absent where only one library is open (CLI). */
  library?: LibrarySwitch;
  /** The library's backups; absent where none are kept (the read-only CLI, most unit tests). */
  backups?: BackupKeeper;
  /** Save and open dialogs for export and import files; only the Electron shell has them. */
  dialogs?: FileDialogs;
}

/** The desktop's file dialogs (shell/fileDialogs.ts). Browser mode has none: the browser saves and picks files. */
export interface FileDialogs {
  /** Asks where to save a file, suggesting a name; null when the user cancels. */
  chooseSaveTarget(suggestedName: string): Promise<string | null>;
  /** Asks for a Counterpoint export to import; null when the user cancels. */
  chooseImportFile(): Promise<string | null>;
}

/** What the API can ask of the backups (host/backups). */
export interface BackupKeeper {
  /** Backs up the open library now, checks the copy with integrity_check and rotates; throws if the copy is not good. */
  create(reason: BackupReason): Promise<BackupInfo>;
  /** Newest first; only checked backups are listed. */
  list(): BackupInfo[];
  /** Backs up the current state, then puts the backup's library in place and reopens it. */
  restore(id: string): Promise<void>;
}

/** A backup that could not be made, or could not be restored, and why; the library is as it was. The dispatcher answers BACKUP_FAILED. */
export class BackupFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFailedError';
  }
}

export interface SettingsStore {
  get(): Settings;
  /** Merges the patch one level deep, validates the whole result, saves it or throws SettingsValidationError. */
  update(patch: SettingsWrite): Settings;
  reset(): Settings;
  /** The settings the file got wrong and that are read as their defaults until the next save; none if absent. */
  resets?(): SettingReset[];
}

/** A settings store's refusal of a patch; the dispatcher answers it as VALIDATION with these issues. */
export class SettingsValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues[0]?.message ?? 'Those settings are not valid.');
    this.name = 'SettingsValidationError';
  }
}

export type LibraryKind = 'own' | 'sample';

/** What the API can ask of the open library (ApiHost.library): which one it is, and switching. */
export interface LibrarySwitch {
  readonly kind: LibraryKind;
  /** Set when the user's own library could not be opened; every method but app.info, settings.get and the backups' list and restore is refused. */
  readonly damage?: LibraryDamage | null;
  /** A fresh sample whose year of log ends on `today` (the user's local day). */
  openSample(today: string): Promise<void>;
  openOwn(): void;
}
