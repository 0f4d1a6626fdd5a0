import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/result';
import { createApi } from '../../../src/main/api/dispatch';
import type { FileDialogs } from '../../../src/main/api/ports';
import { FolderBackups } from '../../../src/main/host/backups';
import { Library } from '../../../src/main/host/library';
import { settingsFollowingLibrary } from '../../../src/main/host/settingsFollowingLibrary';
import { createNodeSettingsStore } from '../../../src/main/host/settingsStore.node';
import { MISSING_ID } from '../../../src/main/testing/logFixtures';
import { QUESTIONNAIRE } from '../../../src/shared/selfAssessment/questionnaire';
import { exportText } from '../../../src/main/transfer/testing';
import { newTransferFile } from '../../../src/main/transfer/transferFolder';
import { libraryChecksum } from './libraryChecksum';

/** The rows a payload can name, by what they are; the fuzzer adds what successful calls return. */
export interface Pools {
  people: string[];
  projects: string[];
  feedback: string[];
  lessons: string[];
  help: string[];
  requests: string[];
  practice: string[];
  backups: string[];
  files: string[];
  cursors: string[];
  selfAssessments: string[];
  /** The questionnaire's item ids, what selfAssessments.answer names. */
  items: string[];
}

/**
 * The whole app as browser mode puts it together, on a temp data folder: the real Library (with
 * the sample switch), real backups (checked on this thread), the real settings store following the
 * library, and file dialogs that answer like a person would: sometimes a place or a file, sometimes
 * Cancel. Seeded through the API with a little of everything, archived and deleted rows included.
 */
export async function fuzzHost(today: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-fuzz-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-fuzz-outside-'));
  const library = new Library(dataDir);
  const ownSettings = createNodeSettingsStore(dataDir);
  const settings = settingsFollowingLibrary(ownSettings, library);
  const backups = new FolderBackups(library, { keep: () => ownSettings.get().backups.keep, checkWorker: null });
  let dialogCalls = 0;
  const importable: string[] = [];
  const dialogs: FileDialogs = {
    chooseSaveTarget: async (name) => (dialogCalls++ % 3 === 0 ? null : path.join(outside, `${dialogCalls}-${name}`)),
    chooseImportFile: async () => (dialogCalls++ % 3 === 0 ? null : (importable[dialogCalls % importable.length] ?? null)),
  };
  const invoke = createApi({
    db: () => library.db,
    settings,
    library,
    backups,
    dialogs,
    now: () => new Date(`${today}T12:00:00Z`),
    info: () => ({ version: 'fuzz', mode: 'browser', dataDir, databasePath: library.databasePath, library: library.kind }),
  });
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed while seeding: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<M>;
  }

  const sam = await call('collaborators.create', { name: 'Sam', roles: ['mentor'] });
  const lee = await call('collaborators.create', { name: 'Lee', roles: ['peer'], notes: 'two\nlines' });
  const gone = await call('collaborators.create', { name: 'Ari (archived)', kind: 'group' });
  await call('collaborators.archive', { id: gone.id });
  const album = await call('projects.create', { title: 'Night Album', medium: 'music', status: 'active', startDate: '2026-01-01' });
  const mural = await call('projects.create', { title: 'Mural', medium: 'painting' });
  await call('projects.archive', { id: mural.id });
  await call('projects.addMember', { projectId: album.id, collaboratorId: sam.id, role: 'producer' });
  const pools: Pools = { people: [sam.id, lee.id, gone.id], projects: [album.id, mural.id], feedback: [], lessons: [], help: [], requests: [], practice: [], backups: [], files: [], cursors: [], selfAssessments: [], items: QUESTIONNAIRE.items.map(({ id }) => id) };
  for (const [index, who] of [sam, lee].entries()) {
    const feedback = await call('feedback.create', { direction: 'received', collaboratorId: who.id, projectId: album.id, kind: 'critique', body: `Tighten the bridge ${index}`, anchor: '1:23–1:40', date: '2026-03-01' });
    const lesson = await call('lessons.create', { collaboratorId: who.id, topics: `Voicing ${index}`, confidence: 3, date: '2026-03-02', practice: [{ text: 'Drop-2 voicings', dueDate: '2026-03-20' }, { text: 'Scales' }] });
    const help = await call('help.create', { direction: 'given', collaboratorId: who.id, benefit: 'growth', note: `Intro ${index}`, date: '2026-03-03' });
    const request = await call('requests.create', { askedBy: 'them', collaboratorId: who.id, what: `A listen ${index}`, dateAsked: '2026-03-04' });
    pools.feedback.push(feedback.id);
    pools.lessons.push(lesson.id);
    pools.help.push(help.id);
    pools.requests.push(request.id);
    pools.practice.push(...lesson.practice.map((item) => item.id));
  }
  // A lesson planned ahead, what lessons.markHeld, cancel and move answer for.
  pools.lessons.push((await call('lessons.plan', { collaboratorId: sam.id, topics: 'Reharmonising the bridge', date: '2026-03-20' })).id);
  // The second of each is deleted: ids of deleted rows are among the ids a payload names.
  await call('feedback.delete', { id: pools.feedback[1]! });
  await call('lessons.delete', { id: pools.lessons[1]! });
  await call('help.delete', { id: pools.help[1]! });
  await call('requests.delete', { id: pools.requests[1]! });
  // Self-assessments: one completed, one completed and deleted, one in progress.
  for (const answer of [4, 2]) {
    let id = '';
    for (const itemId of pools.items) id = (await call('selfAssessments.answer', { itemId, answer })).id;
    pools.selfAssessments.push((await call('selfAssessments.complete', { id })).id);
  }
  await call('selfAssessments.delete', { id: pools.selfAssessments[1]! });
  pools.selfAssessments.push((await call('selfAssessments.answer', { itemId: 'growth-open-doors', answer: 3 })).id);
  pools.backups.push((await call('backups.create', {})).id);

  // What the open dialog can hand over: this library's own export, and a file that is not one.
  const exported = path.join(outside, 'export.json');
  fs.writeFileSync(exported, await exportText(library.db, outside, 'staged.json'));
  /** A file waiting in the transfer folder, as an upload leaves it (saving or importing it takes it away). */
  const stageDocument = (text: string) => {
    const { id, file } = newTransferFile(dataDir, 'json');
    fs.writeFileSync(file, text);
    return id;
  };
  const exportedText = fs.readFileSync(exported, 'utf8');
  const stageImport = () => stageDocument(exportedText);
  pools.files.push(stageImport());
  const junk = path.join(outside, 'junk.json');
  fs.writeFileSync(junk, '{"format": "counterpoint-export", "version": 1, "projects": [{"id": 7}');
  importable.push(exported, junk);

  // The seeded library as it is now, to start each method from (host.reset).
  const pristine = path.join(outside, 'pristine.sqlite3');
  library.db.exec(`VACUUM INTO '${pristine.replaceAll("'", "''")}'`);
  const seededPools = structuredClone(pools);

  return {
    dataDir,
    library,
    settings,
    pools,
    missingId: MISSING_ID,
    raw: (method: string, input: unknown): Promise<Result<unknown>> => invoke(method, input),
    /** Back to the seeded library, pools and default settings, the way a restore puts a library in place. */
    reset() {
      library.openOwn();
      const staged = path.join(dataDir, 'pristine-staged.sqlite3');
      fs.copyFileSync(pristine, staged);
      library.replaceOwn(staged);
      Object.assign(pools, structuredClone(seededPools), { files: [stageImport()] });
      ownSettings.reset();
    },
    dialogsShown: () => dialogCalls,
    /** The seeded library's export document, to stage changed copies of as uploads. */
    exportDocument: JSON.parse(exportedText) as unknown,
    stageDocument,
    checksum: () => libraryChecksum(library.db, settings.get()),
    cleanup() {
      library.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    },
  };
}

export type FuzzHost = Awaited<ReturnType<typeof fuzzHost>>;
