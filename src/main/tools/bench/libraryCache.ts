import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import { SYNTHETIC_VERSION, type SyntheticLibrary } from './syntheticLibrary';

/**
 * Built synthetic libraries kept between runs (a million exchanges take a minute or two to build),
 * by size, the bench's day, the generator's version and the schema's fingerprint: a migration or a
 * change to the generator makes a new entry, and the entry it replaces is removed.
 */
export const CACHE_DIR = path.join(os.tmpdir(), 'counterpoint-bench-cache');

export interface CachedLibrary {
  /** The cache entry's folder: copy it before opening it, so the entry stays as built. */
  dir: string;
  built: SyntheticLibrary;
  buildMs: number;
  fromCache: boolean;
}

/** A hash of what every migration makes (sqlite_schema of a new library), so the key changes with the schema. */
export function schemaFingerprint(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-bench-schema-'));
  try {
    const db = openDatabase(dir);
    try {
      const rows = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name").all();
      const version = db.pragma('user_version', { simple: true }) as number;
      return createHash('sha256').update(JSON.stringify({ version, rows })).digest('hex').slice(0, 12);
    } finally {
      closeDatabase(db);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The cached library of this size, built by `build(dir)` (timed) when there is none yet or `rebuild` is set. */
export function cachedLibrary(
  size: number,
  today: string,
  options: { rebuild: boolean },
  build: (dir: string) => { built: SyntheticLibrary; ms: number },
): CachedLibrary {
  const prefix = `${size}-`;
  const name = `${prefix}${today}-g${SYNTHETIC_VERSION}-${schemaFingerprint()}`;
  const dir = path.join(CACHE_DIR, name);
  const meta = path.join(dir, 'built.json');
  if (!options.rebuild && fs.existsSync(meta) && fs.existsSync(path.join(dir, DATABASE_FILE))) {
    const { built, buildMs } = JSON.parse(fs.readFileSync(meta, 'utf8')) as { built: SyntheticLibrary; buildMs: number };
    return { dir, built, buildMs, fromCache: true };
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  for (const entry of fs.readdirSync(CACHE_DIR)) {
    if (entry.startsWith(prefix)) fs.rmSync(path.join(CACHE_DIR, entry), { recursive: true, force: true });
  }
  // Built beside the entry and renamed into place, so an interrupted build leaves no entry behind.
  const building = fs.mkdtempSync(path.join(CACHE_DIR, `building-${size}-`));
  try {
    const { built, ms } = build(building);
    fs.writeFileSync(path.join(building, 'built.json'), JSON.stringify({ built, buildMs: ms }));
    fs.renameSync(building, dir);
    return { dir, built, buildMs: ms, fromCache: false };
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    throw error;
  }
}

/** Copies the entry's library (not its notes) into `target`, an empty folder. */
export function copyLibrary(entry: string, target: string): void {
  for (const file of fs.readdirSync(entry)) {
    if (file.startsWith(DATABASE_FILE)) fs.copyFileSync(path.join(entry, file), path.join(target, file));
  }
}
