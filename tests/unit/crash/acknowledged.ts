import { isDeepStrictEqual } from 'node:util';
import type { MethodName } from '../../../src/shared/contract';
import { RECORD_KINDS, RECORDS, KINDS, isEntryKind, type RecordKind } from '../../../src/shared/kinds';
import type { Invoke } from '../../../src/main/api/dispatch';
import type { WriterLine } from '../../../src/main/testing/crashWriter';

/**
 * What the crash writer's acknowledged writes promise the library holds: for each person, project
 * and entry the answer of the last write acknowledged for it (a delete's answer says it is
 * deleted), each project's members, the settings, the backups. `problems` compares it with the
 * library as the API reads it after a kill. The one write in flight when the process died may or
 * may not have happened: whatever it touched is read back and taken as found (`adopt`).
 */
export type Group = RecordKind | 'person' | 'project';
type Ack = Extract<WriterLine, { ack: number }>;
type Intent = Extract<WriterLine, { intent: number }>;
type Row = Record<string, unknown> & { id: string };

const GROUPS: readonly Group[] = [...RECORD_KINDS, 'person', 'project'];
const KIND_OF_AREA = new Map<string, RecordKind>(RECORD_KINDS.map((kind) => [RECORDS[kind].area, kind]));
/** Names joined from another row: they follow that row, which is checked itself. */
const JOINED = ['collaboratorName', 'projectTitle'];

const groupOf = (method: MethodName): Group | null => {
  const area = method.split('.')[0] as string;
  if (area === 'collaborators') return 'person';
  if (area === 'projects') return 'project';
  if (area === 'practice') return 'lesson';
  return KIND_OF_AREA.get(area) ?? null;
};

const own = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([key]) => !JOINED.includes(key))) as Row;
type Member = [collaboratorId: string, role: string];
const membersOf = (detail: { members: { collaborator: { id: string }; role: string }[] }): Member[] =>
  detail.members.map((member): Member => [member.collaborator.id, member.role]).sort((a, b) => a[0].localeCompare(b[0]));

export class Acknowledged {
  readonly rows = new Map<string, { group: Group; row: Row }>();
  readonly members = new Map<string, Member[]>();
  settings: unknown = null;
  /** Acknowledged backups, oldest first. */
  readonly backups: Backup[] = [];
  /** Export files acknowledged: the only files the transfer folder may hold. */
  readonly exports = new Set<string>();
  /** Ids written in the sample library: none may turn up in the user's own. */
  readonly sampleIds = new Map<string, Group>();
  acks = 0;

  apply(ack: Ack): void {
    this.acks += 1;
    const { method } = ack;
    const value = ack.value as Row & { project?: Row; members?: { collaborator: { id: string }; role: string }[]; lessonId?: string };
    if (method === 'backups.create') this.backups.push(value as unknown as Backup);
    else if (method === 'export.prepare') this.exports.add((value as unknown as { file: string }).file);
    else if (method.startsWith('library.')) return;
    else if (ack.library === 'sample') {
      const group = groupOf(method);
      const id = value.project?.id ?? value.lessonId ?? value.id;
      if (group && method !== 'practice.setDone' && !method.endsWith('Member')) this.sampleIds.set(id, group);
    } else if (method.startsWith('settings.')) this.settings = value;
    else if (method === 'practice.setDone') this.tickPractice(value);
    else if (value.members && value.project) {
      this.rows.set(`project:${value.project.id}`, { group: 'project', row: own(value.project) });
      this.members.set(value.project.id, membersOf(value as unknown as { members: { collaborator: { id: string }; role: string }[] }));
    } else {
      const group = groupOf(method) as Group;
      this.rows.set(`${group}:${value.id}`, { group, row: own(value) });
      if (method === 'projects.create') this.members.set(value.id, []);
    }
  }

  /** practice.setDone answers the item; the lesson's own list changes with it. */
  private tickPractice(item: Row): void {
    const lesson = this.rows.get(`lesson:${String(item.lessonId)}`);
    if (!lesson) throw new Error(`practice.setDone acknowledged for a lesson never seen (${String(item.lessonId)})`);
    const practice = (lesson.row.practice as Row[]).map((existing) => (existing.id === item.id ? { ...existing, done: item.done, doneDate: item.doneDate } : existing));
    lesson.row = { ...lesson.row, practice, practiceDone: practice.filter((existing) => existing.done).length };
  }

  /** The keys the write in flight may have changed, or null when it may have made a new row. */
  touchedBy(intent: Intent): { keys: string[]; creates: Group | null; settings: boolean } {
    const input = intent.input as Record<string, string>;
    const none = { keys: [], creates: null, settings: false };
    if (intent.library === 'sample' || intent.method.startsWith('library.') || intent.method.startsWith('export.') || intent.method.startsWith('backups.')) return none;
    if (intent.method.startsWith('settings.')) return { ...none, settings: true };
    const group = groupOf(intent.method) as Group;
    if (intent.method.endsWith('.create')) return { ...none, creates: group };
    if (intent.method === 'selfAssessments.answer') {
      // It names no id: it changes the one in progress, or starts one.
      const inProgress = [...this.rows.entries()].filter(([, { group: g, row }]) => g === 'selfAssessment' && !row.completedAt && !row.deletedAt);
      return { ...none, keys: inProgress.map(([key]) => key), creates: 'selfAssessment' };
    }
    if (intent.method === 'practice.setDone') {
      const lesson = [...this.rows.entries()].find(([, { group: g, row }]) => g === 'lesson' && (row.practice as Row[]).some((item) => item.id === input.id));
      return { ...none, keys: lesson ? [lesson[0]] : [] };
    }
    return { ...none, keys: [`${group}:${input.projectId ?? input.id}`] };
  }

  /**
   * Where the library read through `invoke` differs from what was acknowledged, in words; the
   * write in flight (if any) is then taken as found. Also counts the rows compared.
   */
  async problems(invoke: Invoke, inFlight: Intent | null): Promise<{ problems: string[]; compared: number }> {
    const problems: string[] = [];
    const doubt = inFlight ? this.touchedBy(inFlight) : { keys: [], creates: null, settings: false };
    let compared = 0;
    for (const [key, { group, row }] of this.rows) {
      const found = await read(invoke, group, row.id);
      if (doubt.keys.includes(key)) {
        if (found) this.adopt(group, found);
        continue;
      }
      compared += 1;
      if (!found) problems.push(`${key} was acknowledged but is not in the library`);
      else if (!isDeepStrictEqual(comparable(group, own(found.row), row), row)) problems.push(`${key} differs from its acknowledged answer:\n  acknowledged ${JSON.stringify(row)}\n  found        ${JSON.stringify(own(found.row))}`);
      else if (found.members && !isDeepStrictEqual(found.members, this.members.get(row.id) ?? [])) problems.push(`${key}'s members differ: acknowledged ${JSON.stringify(this.members.get(row.id))}, found ${JSON.stringify(found.members)}`);
    }
    for (const [id, group] of this.sampleIds) {
      if (await read(invoke, group, id)) problems.push(`${group}:${id} was written in the sample library but is in the user's own`);
    }
    const unknown = await unknownRows(invoke, this.rows);
    for (const [index, { group, id }] of unknown.entries()) {
      if (doubt.creates === group && index === 0) this.adopt(group, (await read(invoke, group, id)) as Found);
      else problems.push(`${group}:${id} is in the library but no write of it was acknowledged${inFlight ? ` (in flight: ${inFlight.method})` : ''}`);
    }
    const settings = await value(invoke, 'settings.get');
    if (doubt.settings) this.settings = settings;
    else if (this.settings !== null && !isDeepStrictEqual(settings, this.settings)) problems.push(`the settings differ: acknowledged ${JSON.stringify(this.settings)}, found ${JSON.stringify(settings)}`);
    problems.push(...this.backupProblems((await value(invoke, 'backups.list')) as Backup[], (settings as { backups: { keep: number } }).backups.keep));
    return { problems, compared };
  }

  private adopt(group: Group, found: Found): void {
    this.rows.set(`${group}:${found.row.id}`, { group, row: own(found.row) });
    if (found.members) this.members.set(found.row.id, found.members);
  }

  /** Every acknowledged backup is listed, unless rotation kept `keep` newer ones (newer as host/backupFiles.ts sorts them). */
  private backupProblems(listed: Backup[], keep: number): string[] {
    const newer = (a: Backup, b: Backup) => a.createdAt.localeCompare(b.createdAt) > 0 || (a.createdAt === b.createdAt && a.id.localeCompare(b.id) > 0);
    return this.backups.flatMap((backup) => {
      if (listed.some((other) => other.id === backup.id)) return [];
      if (listed.filter((other) => newer(other, backup)).length >= keep) return [];
      return [`backup ${backup.id} was acknowledged but is not listed (listed: ${listed.map((other) => other.id).join(', ')})`];
    });
  }
}

interface Backup {
  id: string;
  createdAt: string;
}

interface Found {
  row: Row;
  members?: Member[];
}

async function value(invoke: Invoke, method: MethodName, input: unknown = {}): Promise<unknown> {
  const result = await invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed after the kill: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** selfAssessments.answer acknowledges the narrower view of the one in progress: compared on its fields. */
const comparable = (group: Group, found: Row, acknowledged: Row): Row =>
  group === 'selfAssessment' && !('completedAt' in acknowledged)
    ? (Object.fromEntries(Object.keys(acknowledged).map((key) => [key, found[key]])) as Row)
    : found;

/** One row read back through its get method; null when there is no such row. */
async function read(invoke: Invoke, group: Group, id: string): Promise<Found | null> {
  const method = (group === 'person' ? 'collaborators.get' : group === 'project' ? 'projects.get' : `${RECORDS[group].area}.get`) as MethodName;
  const result = await invoke(method, { id });
  if (!result.ok) {
    if (result.error.code === 'NOT_FOUND') return null;
    throw new Error(`${method} ${id} failed after the kill: ${result.error.code} ${result.error.message}`);
  }
  const answer = result.value as Row & { collaborator?: Row; project?: Row; members?: { collaborator: { id: string }; role: string }[] };
  if (group === 'person') return { row: answer.collaborator as Row };
  if (group === 'project') return { row: answer.project as Row, members: membersOf(answer as unknown as { members: { collaborator: { id: string }; role: string }[] }) };
  return { row: answer };
}

async function selfAssessmentIds(invoke: Invoke): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = (await value(invoke, 'selfAssessments.list', { limit: 200, ...(cursor ? { cursor } : {}) })) as { items: Row[]; nextCursor: string | null };
    ids.push(...page.items.map((row) => row.id));
    cursor = page.nextCursor;
  } while (cursor);
  const current = (await value(invoke, 'selfAssessments.current')) as Row | null;
  return current ? [...ids, current.id] : ids;
}

/** Rows the library lists that no acknowledged write made. */
async function unknownRows(invoke: Invoke, rows: Map<string, unknown>): Promise<{ group: Group; id: string }[]> {
  const found: { group: Group; id: string }[] = [];
  for (const group of GROUPS) {
    let ids: string[];
    if (group === 'person' || group === 'project') {
      const method = group === 'person' ? 'collaborators.list' : 'projects.list';
      ids = ((await value(invoke, method, { includeArchived: true })) as Row[]).map((row) => row.id);
    } else if (!isEntryKind(group)) {
      // Completed ones are listed and the one in progress is current; the bin is not listed.
      ids = await selfAssessmentIds(invoke);
    } else {
      ids = [];
      let cursor: string | null = null;
      do {
        const page = (await value(invoke, KINDS[group].listMethod, { includeDeleted: true, limit: 200, ...(cursor ? { cursor } : {}) })) as { items: (Row & { source?: string })[]; nextCursor: string | null };
        ids.push(...page.items.filter((row) => group !== 'help' || row.source === 'help').map((row) => row.id));
        cursor = page.nextCursor;
      } while (cursor);
    }
    found.push(...ids.filter((id) => !rows.has(`${group}:${id}`)).map((id) => ({ group, id })));
  }
  return found;
}
