import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { localDay } from '../../shared/localDay';
import type { LibraryKind, LibrarySwitch } from '../api/ports';
import { closeDatabase, DATABASE_FILE, openDatabase, type OpenOptions } from '../db/open';
import { writeSampleLibrary } from '../sample/sampleLibrary';

/** The folder inside dataDir that holds the sample library while it is open. */
export const SAMPLE_LIBRARY_DIR = 'sample-library';

/** The library file and the files SQLite keeps beside it. */
function removeLibraryFiles(dir: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dir, `${DATABASE_FILE}${suffix}`), { force: true });
}

/**
 * The open library, and the connection's lifetime. Normally the user's own, in dataDir; on request
 * the sample library (src/main/sample) in dataDir/sample-library, written fresh each time it is
 * opened so that nothing done to it carries over, and removed again when the user goes back. The
 * two never share a connection or a file. The own library stays open underneath, so going back
 * cannot fail.
 */
export class Library implements LibrarySwitch {
  private readonly own: Database.Database;
  private sample: Database.Database | null = null;
  private opening: Promise<void> | null = null;

  constructor(
    readonly dataDir: string,
    private readonly options: OpenOptions = {},
  ) {
    this.own = openDatabase(dataDir, options);
  }

  get kind(): LibraryKind {
    return this.sample ? 'sample' : 'own';
  }

  get db(): Database.Database {
    return this.sample ?? this.own;
  }

  /** The folder of the library that is open now. */
  get directory(): string {
    return this.sample ? this.sampleDir : this.dataDir;
  }

  get databasePath(): string {
    return path.join(this.directory, DATABASE_FILE);
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

  close(): void {
    this.openOwn();
    closeDatabase(this.own);
  }

  private async swapInFreshSample(today: string): Promise<void> {
    const staging = fs.mkdtempSync(path.join(this.dataDir, `${SAMPLE_LIBRARY_DIR}-`));
    try {
      const written = openDatabase(staging, this.options);
      try {
        await writeSampleLibrary(written, { today });
      } finally {
        closeDatabase(written);
      }
      this.openOwn();
      fs.mkdirSync(this.sampleDir, { recursive: true });
      removeLibraryFiles(this.sampleDir);
      fs.renameSync(path.join(staging, DATABASE_FILE), path.join(this.sampleDir, DATABASE_FILE));
      this.sample = openDatabase(this.sampleDir, this.options);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
}
