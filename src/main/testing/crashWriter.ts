import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { MethodName } from '../../shared/contract';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../shared/kinds';
import { localDay } from '../../shared/localDay';
import type { Invoke } from '../api/dispatch';
import { openBrowserHost } from '../host/browserHost';
import { seededRandom } from '../sample/random';
import { emptyState, nextWrite, type Known, type WriterState } from './crashWrites';

/**
 * The process the crash test (tests/unit/crash) kills. It opens a data folder exactly as browser
 * mode does (host/browserHost.ts: leftovers swept, settings, the library with its backups, the
 * real dispatcher) and writes through the handlers without end, one write at a time, as a seeded
 * generator chooses (crashWrites.ts). Each write is announced on stdout before it is made and
 * acknowledged after the handler answered, one JSON line each, written synchronously so a line
 * printed is a line the test receives however the process ends. It loads first and opens the
 * folder only when told on stdin (one line: {"seed": N}), so the test can start the next writer
 * while it still checks the folder the last one left.
 *
 *   node crashWriter.js --data-dir DIR   then   {"seed": 7}⏎ on stdin
 */
export type WriterLine =
  | { ready: true; library: 'own' | 'sample' }
  | { intent: number; method: MethodName; input: unknown; library: 'own' | 'sample' }
  | { ack: number; method: MethodName; input: unknown; value: unknown; library: 'own' | 'sample' }
  | { refused: number; method: MethodName; code: string; message: string };

/** A writer the test forgot would run on: it stops by itself after this long. */
const LIFETIME_MS = 120_000;

const say = (line: WriterLine) => fs.writeSync(1, `${JSON.stringify(line)}\n`);

type Entity = { id: string; deletedAt?: string | null; archivedAt?: string | null; source?: string };
const known = (entity: Entity): Known => ({ id: entity.id, gone: (entity.deletedAt ?? entity.archivedAt ?? null) !== null });

function upsert(items: Known[], item: Known): void {
  const at = items.findIndex((existing) => existing.id === item.id);
  if (at === -1) items.push(item);
  else items[at] = item;
}

async function call<T>(invoke: Invoke, method: MethodName, input: unknown): Promise<T> {
  const result = await invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Every page of a list method. */
async function listAll<T>(invoke: Invoke, method: MethodName, input: Record<string, unknown>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await call(invoke, method, { ...input, limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** What the open library holds, read through the API, as the writer's state. */
async function discover(invoke: Invoke, library: 'own' | 'sample'): Promise<WriterState> {
  const state = emptyState(library);
  state.people = (await call<Entity[]>(invoke, 'collaborators.list', { includeArchived: true })).map(known);
  for (const project of await call<Entity[]>(invoke, 'projects.list', { includeArchived: true })) {
    const detail = await call<{ members: { collaborator: { id: string } }[] }>(invoke, 'projects.get', { id: project.id });
    state.projects.push({ ...known(project), members: detail.members.map((member) => member.collaborator.id) });
  }
  for (const kind of ENTRY_KINDS) {
    const entries = await listAll<Entity & { practice?: { id: string }[] }>(invoke, KINDS[kind].listMethod, { includeDeleted: true });
    // The ledger's list holds the derived rows too; help entries are its own rows.
    for (const entry of entries.filter((item) => kind !== 'help' || item.source === 'help')) {
      state.entries[kind].push(known(entry));
      if (entry.practice) state.practice.set(entry.id, entry.practice.map((item) => item.id));
    }
  }
  const current = await call<{ id: string; answers: Record<string, number> } | null>(invoke, 'selfAssessments.current', {});
  state.selfAssessments = (await listAll<Entity>(invoke, 'selfAssessments.list', {})).map(known);
  if (current) {
    state.selfAssessments.push(known(current));
    state.inProgress = { id: current.id, answered: Object.keys(current.answers) };
  }
  return state;
}

type SelfAssessmentAnswer = Entity & { answers: Record<string, number>; completedAt?: string | null };

/** A self-assessment's answer: the one in progress follows answer, complete, discard, delete and restore. */
function learnSelfAssessment(state: WriterState, value: SelfAssessmentAnswer): void {
  upsert(state.selfAssessments, known(value));
  const inProgress = !value.completedAt && !value.deletedAt;
  if (inProgress) state.inProgress = { id: value.id, answered: Object.keys(value.answers) };
  else if (state.inProgress?.id === value.id) state.inProgress = null;
}

const KIND_OF_AREA = new Map<string, EntryKind>(ENTRY_KINDS.map((kind) => [KINDS[kind].area, kind]));

/** Keeps the writer's state in step with an answer. */
function learn(state: WriterState, method: MethodName, value: unknown): void {
  const [area, verb] = method.split('.') as [string, string];
  const kind = KIND_OF_AREA.get(area);
  if (kind && verb !== 'list') {
    const entry = value as Entity & { practice?: { id: string }[] };
    upsert(state.entries[kind], known(entry));
    if (entry.practice) state.practice.set(entry.id, entry.practice.map((item) => item.id));
  } else if (area === 'selfAssessments') learnSelfAssessment(state, value as SelfAssessmentAnswer);
  else if (area === 'collaborators') upsert(state.people, known(value as Entity));
  else if (area === 'projects') {
    const detail = value as Entity & { project?: Entity; members?: { collaborator: { id: string } }[] };
    const project = detail.project ?? detail;
    const members = detail.members?.map((member) => member.collaborator.id) ?? state.projects.find((item) => item.id === project.id)?.members ?? [];
    const at = state.projects.findIndex((item) => item.id === project.id);
    const next = { ...known(project), members };
    if (at === -1) state.projects.push(next);
    else state.projects[at] = next;
  }
}

/** The first line on stdin; the writer ends if stdin closes first (the test is gone). */
function firstLine(): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end !== -1) resolve(text.slice(0, end));
    });
    process.stdin.on('end', () => process.exit(4));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: true });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('Usage: crashWriter --data-dir DIR, then {"seed": N} on stdin');
  const { seed } = JSON.parse(await firstLine()) as { seed: number };
  if (!Number.isInteger(seed)) throw new Error('The seed must be a whole number');
  setTimeout(() => process.exit(3), LIFETIME_MS).unref();

  const { invoke } = openBrowserHost(dataDir, { version: 'crash-test' });
  const random = seededRandom(seed);
  let own = await discover(invoke, 'own');
  let state = own;
  say({ ready: true, library: state.library });
  for (let serial = 1; ; serial++) {
    const write = nextWrite(random, state, localDay(new Date()), serial);
    if (!write) continue;
    say({ intent: serial, method: write.method, input: write.input, library: state.library });
    const result = await invoke(write.method, write.input);
    if (!result.ok) {
      say({ refused: serial, method: write.method, code: result.error.code, message: result.error.message });
      continue;
    }
    say({ ack: serial, method: write.method, input: write.input, value: result.value, library: state.library });
    if (write.method === 'library.openSample') {
      own = state;
      state = await discover(invoke, 'sample');
    } else if (write.method === 'library.openOwn') {
      state = own;
      state.inSample = 0;
    } else {
      learn(state, write.method, result.value);
      if (state.library === 'sample') state.inSample += 1;
    }
  }
}

main().catch((error: unknown) => {
  console.error(`The crash writer stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(2);
});
