import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../db/open';
import { sweepUnfinishedTransfers } from '../transfer/transferFolder';
import { SAMPLE_LIBRARY_DIR } from './library';
import { SETTINGS_FILE_NAME } from './settingsStore';

/** A staging folder of a sample-library switch (library.ts: mkdtemp adds six letters or digits). */
const SAMPLE_STAGING = new RegExp(`^${SAMPLE_LIBRARY_DIR}-[A-Za-z0-9]{6}$`);
/** An atomic settings write's temp file (conf and electron-store write through `atomically`: `.tmp-` + 10 digits + 6 hex). */
const SETTINGS_TEMP = new RegExp(`^${SETTINGS_FILE_NAME}\\.json\\.tmp-\\d{10}[0-9a-f]{6}$`);
/** What SQLite keeps for one library: the file and its companions. */
const LIBRARY_FILES = ['', '-wal', '-shm', '-journal'].map((suffix) => `${DATABASE_FILE}${suffix}`);

/**
 * What an interrupted run leaves in the data folder, removed when the app starts (browser mode and
 * the desktop app, before the library opens): staging folders of a sample switch that never
 * finished, the sample library itself (the app always starts on the user's own library and writes
 * the sample fresh each time), and temp files of a settings write cut short. Only names that are
 * provably ours: a staging folder is removed only if it holds nothing but library files, and the
 * user's library, settings.json, kept-aside settings files and backups/ are never touched.
 * Answers what was removed; a file that cannot be removed is left and reported on stderr.
 */
export function sweepLeftovers(dataDir: string): string[] {
  if (!fs.existsSync(dataDir)) return [];
  const removed: string[] = [];
  const remove = (target: string, action: () => void) => {
    try {
      action();
      removed.push(target);
    } catch (error) {
      console.warn(`[counterpoint] could not remove ${target}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const onlyLibraryFiles = (dir: string) => fs.readdirSync(dir).every((name) => LIBRARY_FILES.includes(name));

  for (const entry of fs.readdirSync(dataDir, { withFileTypes: true })) {
    const target = path.join(dataDir, entry.name);
    if (entry.isDirectory() && SAMPLE_STAGING.test(entry.name) && onlyLibraryFiles(target)) {
      remove(target, () => fs.rmSync(target, { recursive: true }));
    } else if (entry.isFile() && SETTINGS_TEMP.test(entry.name)) {
      remove(target, () => fs.rmSync(target));
    }
  }
  const sampleDir = path.join(dataDir, SAMPLE_LIBRARY_DIR);
  if (fs.statSync(sampleDir, { throwIfNoEntry: false })?.isDirectory()) {
    for (const name of LIBRARY_FILES) {
      const file = path.join(sampleDir, name);
      if (fs.existsSync(file)) remove(file, () => fs.rmSync(file));
    }
    if (fs.readdirSync(sampleDir).length === 0) remove(sampleDir, () => fs.rmdirSync(sampleDir));
  }
  try {
    removed.push(...sweepUnfinishedTransfers(dataDir));
  } catch (error) {
    console.warn(`[counterpoint] could not sweep the unfinished transfer files: ${error instanceof Error ? error.message : String(error)}`);
  }
  return removed;
}
