import type Database from 'better-sqlite3';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-log';
import { migration0003 } from './0003-rollup';
import { migration0004 } from './0004-one-name';
import { migration0005 } from './0005-search';
import { migration0006 } from './0006-self-assessment';
import { migration0007 } from './0007-check-ins';
import { migration0008 } from './0008-lesson-status';
import { migration0009 } from './0009-entry-counts';
import { migration0010 } from './0010-pattern-rollups';
import { migration0011 } from './0011-exchange-days';
import type { Migration } from './types';

/** Every schema step, oldest first. Append new steps; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006,
  migration0007, migration0008, migration0009, migration0010, migration0011];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This library was written by a newer version of Counterpoint (schema ${found}; this version understands up to ${supported}). ` +
        'Update Counterpoint to open it. The file has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies all pending steps in one transaction: a failure leaves the file as it was. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertOrdered(migrations);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
