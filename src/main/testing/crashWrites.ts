import type { MethodName } from '../../shared/contract';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../shared/kinds';
import { isoDay, dayNumber } from '../analysis/window';
import type { Random } from '../sample/random';
import { QUESTIONNAIRE } from '../../shared/selfAssessment/questionnaire';

/**
 * The writes the crash test's writer (crashWriter.ts) makes, chosen by a seeded generator from what
 * the library holds: every kind of entry in the registry (create, update, delete, restore), people
 * and projects with their members, settings, the sample library and back, backups and exports.
 */
export interface Write {
  method: MethodName;
  input: Record<string, unknown>;
}

export interface Known {
  id: string;
  /** Deleted (an entry) or archived (a person or project). */
  gone: boolean;
}

/** What the writer knows of the open library, kept from the answers it got. */
export interface WriterState {
  library: 'own' | 'sample';
  people: Known[];
  projects: (Known & { members: string[] })[];
  entries: Record<EntryKind, Known[]>;
  /** Each lesson's practice items, in order. */
  practice: Map<string, string[]>;
  selfAssessments: Known[];
  /** The self-assessment in progress and the questions it has answers to. */
  inProgress: { id: string; answered: string[] } | null;
  /** Writes made since the sample was opened. */
  inSample: number;
}

export const emptyState = (library: 'own' | 'sample' = 'own'): WriterState => ({
  library,
  people: [],
  projects: [],
  entries: Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, []])) as unknown as Record<EntryKind, Known[]>,
  practice: new Map(),
  selfAssessments: [],
  inProgress: null,
  inSample: 0,
});

/** Words with accents, other scripts and emoji, so the search index has real work to do. */
const WORDS = ['bass', 'tempo', 'café', 'naïve', 'Übung', 'شكرا', '日本語', '🎵', 'chorus', 'bridge', 'mix', 'voice', 'colour', 'draft', 'reprise', 'ñandú'];

interface Draw {
  random: Random;
  today: string;
  /** A number that makes every text unique, so a lost or doubled write cannot hide behind an equal one. */
  serial: number;
}

const text = ({ random, serial }: Draw, words: number) =>
  [`w${serial}`, ...Array.from({ length: words }, () => random.pick(WORDS))].join(' ');
const pastDay = ({ random, today }: Draw) => isoDay(dayNumber(today) - random.int(0, 300));
const live = (items: readonly Known[]) => items.filter((item) => !item.gone);
const pickLive = (random: Random, items: readonly Known[]) => {
  const candidates = live(items);
  return candidates.length ? random.pick(candidates).id : null;
};
const maybeProject = (draw: Draw, state: WriterState) => (draw.random.chance(0.5) ? pickLive(draw.random, state.projects) : null);

/** How to make and change an entry of each kind; a kind added to the registry is a compile error here until it has its writes. */
const KIND_WRITES: { [K in EntryKind]: { fields(draw: Draw, state: WriterState, person: string): Record<string, unknown>; patch(draw: Draw, state: WriterState, id: string): Record<string, unknown> } } = {
  feedback: {
    fields: (draw, state, person) => ({
      direction: draw.random.pick(['given', 'received']),
      collaboratorId: person,
      projectId: maybeProject(draw, state),
      piece: draw.random.chance(0.5) ? text(draw, 1) : '',
      anchor: draw.random.pick([null, '1:23–1:40', 'bar 32']),
      kind: draw.random.pick(['technical', 'critique', 'encouragement', 'perspective']),
      body: text(draw, draw.random.int(2, 12)),
      date: pastDay(draw),
    }),
    patch: (draw, _state, id) =>
      draw.random.pick([
        { id, body: text(draw, 6) },
        { id, kind: draw.random.pick(['technical', 'critique', 'encouragement', 'perspective']), weightOverride: draw.random.pick([null, 1, 3]) },
        { id, direction: draw.random.pick(['given', 'received']), date: pastDay(draw) },
      ]),
  },
  lesson: {
    fields: (draw, state, person) => ({
      collaboratorId: person,
      projectId: maybeProject(draw, state),
      userRole: draw.random.pick(['learner', 'teacher', 'peers']),
      date: pastDay(draw),
      durationMin: draw.random.pick([30, 60, 120]),
      topics: text(draw, 3),
      takeaways: text(draw, 5),
      confidence: draw.random.pick([null, 2, 4]),
      practice: Array.from({ length: draw.random.int(0, 3) }, () => ({ text: text(draw, 2) })),
    }),
    patch: (draw, state, id) => {
      const kept = (state.practice.get(id) ?? []).filter(() => draw.random.chance(0.6)).map((item) => ({ id: item, text: text(draw, 2) }));
      return draw.random.pick([
        { id, topics: text(draw, 3), durationMin: draw.random.pick([30, 60, 120]) },
        { id, userRole: draw.random.pick(['learner', 'teacher', 'peers']), benefitOverride: draw.random.pick([null, 'growth']) },
        { id, practice: [...kept, ...(draw.random.chance(0.7) ? [{ text: text(draw, 2) }] : [])] },
      ]);
    },
  },
  help: {
    fields: (draw, state, person) => ({
      direction: draw.random.pick(['given', 'received']),
      collaboratorId: person,
      projectId: maybeProject(draw, state),
      benefit: draw.random.pick(['knowledge', 'perspective', 'growth']),
      weight: draw.random.pick([1, 2, 3]),
      date: pastDay(draw),
      note: text(draw, 4),
    }),
    patch: (draw, _state, id) =>
      draw.random.pick([
        { id, note: text(draw, 4) },
        { id, weight: draw.random.pick([1, 2, 3]), benefit: draw.random.pick(['knowledge', 'perspective', 'growth']) },
        { id, date: pastDay(draw) },
      ]),
  },
  request: {
    fields: (draw, state, person) => ({
      askedBy: draw.random.pick(['me', 'them']),
      collaboratorId: person,
      projectId: maybeProject(draw, state),
      what: text(draw, 4),
      dateAsked: pastDay(draw),
      note: draw.random.chance(0.5) ? text(draw, 3) : '',
    }),
    patch: (draw, _state, id) =>
      draw.random.pick([
        { id, what: text(draw, 4) },
        { id, outcome: draw.random.pick(['pending', 'met', 'partly-met', 'declined', 'ignored']) },
        { id, note: text(draw, 2) },
      ]),
  },
};

type Choice = [weight: number, make: () => Write | null];

/** The next write: null when the one drawn cannot be made in this state (the caller draws again). */
export function nextWrite(random: Random, state: WriterState, today: string, serial: number): Write | null {
  const draw: Draw = { random, today, serial };
  const person = () => pickLive(random, state.people);
  if (live(state.people).length < 2) return { method: 'collaborators.create', input: { name: `Person ${text(draw, 1)}`, roles: [random.pick(['mentor', 'peer', 'critic'])] } };
  const choices: Choice[] = [
    [3, () => ({ method: 'collaborators.create', input: { name: `Person ${text(draw, 1)}`, kind: random.pick(['person', 'group']), notes: text(draw, 3) } })],
    [3, () => idWrite('collaborators.update', person(), (id) => ({ id, notes: text(draw, 3), roles: [random.pick(['mentor', 'mentee', 'peer'])] }))],
    [1, () => idWrite('collaborators.archive', person(), (id) => ({ id }))],
    [1, () => idWrite('collaborators.restore', pickGone(random, state.people), (id) => ({ id }))],
    [2, () => ({ method: 'projects.create', input: { title: text(draw, 2), medium: random.pick(['music', 'painting', 'writing']), status: random.pick(['idea', 'active']), description: text(draw, 4) } })],
    [2, () => idWrite('projects.update', pickLive(random, state.projects), (id) => ({ id, description: text(draw, 4), status: random.pick(['active', 'paused', 'finished']) }))],
    [0.5, () => idWrite('projects.archive', pickLive(random, state.projects), (id) => ({ id }))],
    [0.5, () => idWrite('projects.restore', pickGone(random, state.projects), (id) => ({ id }))],
    [2, () => memberWrite(random, state, draw)],
    [1.5, () => idWrite('feedback.setStatus', pickLive(random, state.entries.feedback), (id) => statusChange(random, id, draw))],
    [1.5, () => practiceTick(random, state)],
    ...ENTRY_KINDS.flatMap((kind): Choice[] => {
      const { area } = KINDS[kind];
      const entries = state.entries[kind];
      return [
        [5, () => idWrite(`${area}.create` as MethodName, person(), (id) => KIND_WRITES[kind].fields(draw, state, id))],
        [4, () => idWrite(`${area}.update` as MethodName, pickLive(random, entries), (id) => KIND_WRITES[kind].patch(draw, state, id))],
        [2, () => idWrite(`${area}.delete` as MethodName, pickLive(random, entries), (id) => ({ id }))],
        [1.5, () => idWrite(`${area}.restore` as MethodName, pickGone(random, entries), (id) => ({ id }))],
      ];
    }),
    ...selfAssessmentWrites(random, state),
    [2, () => (state.library === 'own' ? settingsChange(random) : null)],
    [0.6, () => (state.library === 'own' ? { method: 'library.openSample', input: {} } : null)],
    [state.library === 'sample' ? 2 + state.inSample : 0, () => ({ method: 'library.openOwn', input: {} })],
    [0.4, () => ({ method: 'backups.create', input: {} })],
    [0.6, () => ({ method: 'export.prepare', input: random.chance(0.7) ? { format: 'json' } : { format: 'csv', table: 'feedback' } })],
  ];
  const total = choices.reduce((sum, [weight]) => sum + weight, 0);
  let at = random.next() * total;
  for (const [weight, make] of choices) {
    at -= weight;
    if (at < 0) return make();
  }
  return null;
}

const ITEM_IDS = QUESTIONNAIRE.items.map(({ id }) => id);

/** Answers (mostly the next unanswered question, so some get completed), completing, discarding, the bin. */
function selfAssessmentWrites(random: Random, state: WriterState): Choice[] {
  const inProgress = state.inProgress;
  const next = ITEM_IDS.find((id) => !inProgress?.answered.includes(id));
  return [
    [3, () => ({
      method: 'selfAssessments.answer',
      input: { itemId: next && random.chance(0.85) ? next : random.pick(ITEM_IDS), answer: random.chance(0.05) ? null : random.int(1, 5) },
    })],
    [next ? 0.2 : 3, () => idWrite('selfAssessments.complete', inProgress?.id ?? null, (id) => ({ id }))],
    [0.2, () => idWrite('selfAssessments.discard', inProgress?.id ?? null, (id) => ({ id }))],
    [0.4, () => idWrite('selfAssessments.delete', pickLive(random, state.selfAssessments), (id) => ({ id }))],
    [0.4, () => idWrite('selfAssessments.restore', pickGone(random, state.selfAssessments), (id) => ({ id }))],
  ];
}

function idWrite(method: MethodName, id: string | null, input: (id: string) => Record<string, unknown>): Write | null {
  return id === null ? null : { method, input: input(id) };
}

function pickGone(random: Random, items: readonly Known[]): string | null {
  const gone = items.filter((item) => item.gone);
  return gone.length ? random.pick(gone).id : null;
}

function memberWrite(random: Random, state: WriterState, draw: Draw): Write | null {
  const project = random.pick(state.projects.length ? state.projects : [null]);
  if (!project || project.gone) return null;
  const outside = live(state.people).filter((person) => !project.members.includes(person.id));
  if (project.members.length && random.chance(0.5)) {
    const collaboratorId = random.pick(project.members);
    return random.chance(0.5)
      ? { method: 'projects.updateMember', input: { projectId: project.id, collaboratorId, role: text(draw, 1) } }
      : { method: 'projects.removeMember', input: { projectId: project.id, collaboratorId } };
  }
  if (!outside.length) return null;
  return { method: 'projects.addMember', input: { projectId: project.id, collaboratorId: random.pick(outside).id, role: random.pick(['', 'producer', 'cover art']) } };
}

function statusChange(random: Random, id: string, draw: Draw): Record<string, unknown> {
  const status = random.pick(['open', 'applied', 'partly-applied', 'declined', 'discussed']);
  return status === 'declined' ? { id, status, reason: text(draw, 2) } : { id, status };
}

function practiceTick(random: Random, state: WriterState): Write | null {
  const lessons = live(state.entries.lesson).filter((lesson) => (state.practice.get(lesson.id) ?? []).length > 0);
  if (!lessons.length) return null;
  const items = state.practice.get(random.pick(lessons).id) ?? [];
  return { method: 'practice.setDone', input: { id: random.pick(items), done: random.chance(0.7) } };
}

function settingsChange(random: Random): Write {
  return random.pick<Write>([
    { method: 'settings.update', input: { analysis: { windowDays: random.int(30, 400) } } },
    { method: 'settings.update', input: { analysis: { minimumWeight: random.int(1, 20), trendMinChange: random.pick([0.1, 0.2, 0.3]) } } },
    { method: 'settings.update', input: { window: { width: random.int(800, 1600), height: random.int(600, 1000), maximized: random.chance(0.3) } } },
  ]);
}
