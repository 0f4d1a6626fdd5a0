import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { LibraryDamage } from '../../shared/contract/libraryDamage';
import { localDay } from '../../shared/localDay';
import type { LibraryKind, LibrarySwitch } from '../api/ports';
import { LibraryDamagedError } from '../db/integrity';
import { DatabaseTooNewError } from '../db/migrations';
import { closeDatabase, DATABASE_FILE, openDatabase, type OpenOptions } from '../db/open';
import { writeSampleLibrary } from '../sample/sampleLibrary';

/** The folder inside dataDir that holds the sample library while it is open. */
export const SAMPLE_LIBRARY_DIR = 'sample-library';

const SQLITE_SIDE_FILES = ['-wal', '-shm'];

/** The library file and the files SQLite keeps beside it. */
function removeLibraryFiles(dir: string): void {
  for (const suffix of ['', ...SQLITE_SIDE_FILES]) fs.rmSync(path.join(dir, `${DATABASE_FILE}${suffix}`), { force: true });
}

/** 2026-12-01T22:15:00.000Z → 2026-12-01T22-15-00Z: a time that sorts and is a valid file name everywhere. */
export const fileStamp = (at: Date): string => at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

/**
 * The open library, and the connection's lifetime. Normally the user's own, in dataDir; on request
 * the sample library (src/main/sample) in dataDir/sample-library, written fresh each time it is
 * opened so that nothing done to it carries over, and removed again when the user goes back. The
 * two never share a connection or a file. The own library stays open underneath, so going back
 * cannot fail.
 *
 * When the own library cannot be opened (db/integrity.ts: truncated, not SQLite, a damaged page, a
 * newer schema), it is not opened at all: `damage` says why, and `db` throws until a backup is put
 * in its place (replaceOwn).
 */
export class Library implements LibrarySwitch {
  private own: Database.Database | null = null;
  private sample: Database.Database | null = null;
  private opening: Promise<void> | null = null;
  private damaged: LibraryDamage | null = null;

  constructor(
    readonly dataDir: string,
    private readonly options: OpenOptions = {},
  ) {
    this.openOwnFile();
  }

  get kind(): LibraryKind {
    return this.sample ? 'sample' : 'own';
  }

  get damage(): LibraryDamage | null {
    return this.damaged;
  }

  get db(): Database.Database {
    return this.sample ?? this.ownDb;
  }

  /** The user's own library, even while the sample is shown (backups are of this one). */
  get ownDb(): Database.Database {
    if (!this.own) throw new LibraryDamagedError(this.damaged ?? { kind: 'damaged', file: this.ownPath, detail: 'The library is not open.' });
    return this.own;
  }

  /** The folder of the library that is open now. */
  get directory(): string {
    return this.sample ? this.sampleDir : this.dataDir;
  }

  get databasePath(): string {
    return path.join(this.directory, DATABASE_FILE);
  }

  get ownPath(): string {
    return path.join(this.dataDir, DATABASE_FILE);
  }

  get sampleDir(): string {
    return path.join(this.dataDir, SAMPLE_LIBRARY_DIR);
  }

  /**
   * Switches to a freshly written sample library whose log ends `today` (opening it again starts it
   * over). It is written in a staging folder and swapped in only when complete, so until then every
   * call still sees the library that was open; concurrent requests share one write.
   */
  openSample(today: string = localDay(new Date())): Promise<void> {
    this.opening ??= this.swapInFreshSample(today).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  /** Back to the user's own library; the sample's files go. */
  openOwn(): void {
    if (!this.sample) return;
    closeDatabase(this.sample);
    this.sample = null;
    removeLibraryFiles(this.sampleDir);
  }

  /**
   * Puts the checked library file `staged` (on the same disk) in place of the own library and opens
   * it. The file it replaces is not deleted when it could not be opened: it is moved aside beside
   * the library as counterpoint.damaged-<time>.sqlite3 (with its -wal and -shm, if any), so whatever
   * can still be saved from it stays. A readable library is replaced (the caller backed it up first).
   * Returns the name of the file moved aside, if any.
   */
  replaceOwn(staged: string, at: Date = new Date()): string | null {
    this.openOwn();
    const wasDamaged = this.own === null;
    if (this.own) closeDatabase(this.own);
    this.own = null;
    let setAside: string | null = null;
    if (wasDamaged && fs.existsSync(this.ownPath)) {
      setAside = path.join(this.dataDir, `counterpoint.damaged-${fileStamp(at)}.sqlite3`);
      fs.renameSync(this.ownPath, setAside);
    }
    // Side files of the old file must never meet the new one (a -wal would be replayed into it).
    const movedSides: [string, string][] = [];
    for (const suffix of SQLITE_SIDE_FILES) {
      const side = `${this.ownPath}${suffix}`;
      const aside = `${setAside ?? path.join(this.dataDir, `counterpoint.replaced-${fileStamp(at)}.sqlite3`)}${suffix}`;
      if (fs.existsSync(side)) {
        fs.renameSync(side, aside);
        movedSides.push([side, aside]);
      }
    }
    try {
      fs.renameSync(staged, this.ownPath);
    } catch (error) {
      // Everything back as it was, so the library is what it was before the attempt.
      if (setAside) fs.renameSync(setAside, this.ownPath);
      for (const [side, aside] of movedSides) fs.renameSync(aside, side);
      this.openOwnFile();
      throw error;
    }
    this.openOwnFile();
    return setAside;
  }

  close(): void {
    this.openOwn();
    if (this.own) closeDatabase(this.own);
    this.own = null;
  }

  private openOwnFile(): void {
    try {
      this.own = openDatabase(this.dataDir, this.options);
      this.damaged = null;
    } catch (error) {
      if (error instanceof LibraryDamagedError) this.damaged = error.damage;
      else if (error instanceof DatabaseTooNewError) {
        this.damaged = { kind: 'too-new', file: this.ownPath, detail: error.message, foundSchema: error.found, supportedSchema: error.supported };
      } else throw error;
    }
  }

  private async swapInFreshSample(today: string): Promise<void> {
    const staging = fs.mkdtempSync(path.join(this.dataDir, `${SAMPLE_LIBRARY_DIR}-`));
    const { beforeMigration: _ownOnly, ...sampleOptions } = this.options;
    try {
      const written = openDatabase(staging, sampleOptions);
      try {
        await writeSampleLibrary(written, { today });
      } finally {
        closeDatabase(written);
      }
      this.openOwn();
      fs.mkdirSync(this.sampleDir, { recursive: true });
      removeLibraryFiles(this.sampleDir);
      fs.renameSync(path.join(staging, DATABASE_FILE), path.join(this.sampleDir, DATABASE_FILE));
      this.sample = openDatabase(this.sampleDir, sampleOptions);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
}
