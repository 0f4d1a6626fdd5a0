import path from 'node:path';
import type Database from 'better-sqlite3';
import { closeDatabase, DATABASE_FILE, openDatabase, type OpenOptions } from './db/open';

export type LibraryKind = 'own' | 'sample';

/** The open library: the user's own, kept in dataDir. Owns the connection's lifetime. */
export class Library {
  private connection: Database.Database;
  readonly kind: LibraryKind = 'own';

  constructor(
    readonly dataDir: string,
    private readonly options: OpenOptions = {},
  ) {
    this.connection = openDatabase(dataDir, options);
  }

  get db(): Database.Database {
    return this.connection;
  }

  get databasePath(): string {
    return path.join(this.dataDir, DATABASE_FILE);
  }

  close(): void {
    closeDatabase(this.connection);
  }
}
