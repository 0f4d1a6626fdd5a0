import type { CollaboratorKind, CollaboratorRole } from '../../shared/entities/collaborator';
import type { Medium, ProjectStatus } from '../../shared/entities/project';
import type { LearnerPathState, PortfolioKind, Stance, TrendDirection } from '../../shared/entities/patterns';

/**
 * Who is in the sample library, and what each relationship is built to show under the default
 * settings (a 180-day window ending today). sampleLog.ts writes the entries that make it so; the
 * sample's test checks every row against the engine.
 *
 * | person          | roles             | stance            | built from (in the window)                                   |
 * |-----------------|-------------------|-------------------|--------------------------------------------------------------|
 * | Maya Chen       | peer              | interdependent    | feedback and help both ways, 8 given vs 8 received           |
 * | Jonas Weber     | co-creator        | one-sided-giving  | 20 given vs 2 received                                        |
 * | Priya Nair      | critic            | one-sided-taking  | 8 given vs 198 received; most of her feedback declined        |
 * | Elena Rossi     | mentor            | dependent         | 6 lessons, confidence not rising, 2 of 12 practice items done |
 * | Tomás Ortega    | mentor            | interdependent    | 5 lessons, confidence 1 → 4, 8 of 10 practice items done      |
 * | Sam Okafor      | peer              | going-it-alone    | nothing in the window; shares the active "Harbour Lights"     |
 * | The Night Owls  | co-creator, group | interdependent    | 12 vs 12, the give share rising from 0.25 to 0.75             |
 * | Kofi Mensah     | peer              | interdependent    | 12 vs 12, the give share falling from 0.75 to 0.25            |
 * | Anna Kowalski   | peer              | one-sided-giving  | 6 vs 6, but her requests all met and yours mostly not         |
 * | Lena Fischer    | audience          | not-enough-data   | one piece of feedback (weight 2)                              |
 * | Ravi Patel      | critic            | not-enough-data   | 6 given vs 1 received: leaning toward giving, not yet sure    |
 * | Noor Haddad     | mentee            | interdependent    | lessons taught (knowledge, left aside) and 4 vs 4 otherwise   |
 *
 * Across everyone: Priya gives about three quarters of all support received (concentration), no
 * growth was received in the window (missing benefit), "Harbour Lights" has had no input for over
 * four months (no-input stretch), and most resolved feedback received was declined. Before the
 * window the log holds a further six months, growth received included, so a one-year window tells
 * a different story (Sam is no longer going it alone).
 */

export type SamplePersonKey =
  | 'maya'
  | 'jonas'
  | 'priya'
  | 'elena'
  | 'tomas'
  | 'sam'
  | 'band'
  | 'kofi'
  | 'anna'
  | 'lena'
  | 'ravi'
  | 'noor';

export type SampleProjectKey = 'harbour' | 'paperBoats' | 'smallHours' | 'glassGarden';

export interface SamplePerson {
  key: SamplePersonKey;
  name: string;
  kind: CollaboratorKind;
  roles: CollaboratorRole[];
  notes: string;
  /** The stance the relationship is built to show under the default settings. */
  stance: Stance;
  /** Secondary findings it is built to show. */
  expect?: {
    basis?: 'learner-path' | 'needs-gap' | 'no-exchange' | 'too-little-weight' | 'balance';
    leaning?: 'giving' | 'taking';
    trend?: TrendDirection;
    needsGap?: 'yours' | 'theirs';
    learnerPath?: LearnerPathState;
  };
}

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  {
    key: 'maya',
    name: 'Maya Chen',
    kind: 'person',
    roles: ['peer'],
    notes: 'Producer; we swap mixes every few weeks.',
    stance: 'interdependent',
    expect: { basis: 'balance' },
  },
  {
    key: 'jonas',
    name: 'Jonas Weber',
    kind: 'person',
    roles: ['co-creator'],
    notes: 'Co-wrote "Small Hours".',
    stance: 'one-sided-giving',
    expect: { basis: 'balance' },
  },
  {
    key: 'priya',
    name: 'Priya Nair',
    kind: 'person',
    roles: ['critic'],
    notes: 'Reviews every draft, often within a day.',
    stance: 'one-sided-taking',
    expect: { basis: 'balance' },
  },
  {
    key: 'elena',
    name: 'Elena Rossi',
    kind: 'person',
    roles: ['mentor'],
    notes: 'Piano and arranging lessons.',
    stance: 'dependent',
    expect: { basis: 'learner-path', learnerPath: 'not-yet-standing-alone' },
  },
  {
    key: 'tomas',
    name: 'Tomás Ortega',
    kind: 'person',
    roles: ['mentor'],
    notes: 'Mixing and mastering lessons.',
    stance: 'interdependent',
    expect: { basis: 'learner-path', learnerPath: 'toward-standing-alone' },
  },
  {
    key: 'sam',
    name: 'Sam Okafor',
    kind: 'person',
    roles: ['peer'],
    notes: 'Guitarist on "Harbour Lights".',
    stance: 'going-it-alone',
    expect: { basis: 'no-exchange' },
  },
  {
    key: 'band',
    name: 'The Night Owls',
    kind: 'group',
    roles: ['co-creator'],
    notes: 'The band: rehearsals on Thursdays.',
    stance: 'interdependent',
    expect: { basis: 'balance', trend: 'rising' },
  },
  {
    key: 'kofi',
    name: 'Kofi Mensah',
    kind: 'person',
    roles: ['peer'],
    notes: 'Drummer; trades session work.',
    stance: 'interdependent',
    expect: { basis: 'balance', trend: 'falling' },
  },
  {
    key: 'anna',
    name: 'Anna Kowalski',
    kind: 'person',
    roles: ['peer'],
    notes: 'Illustrator for the cover art.',
    stance: 'one-sided-giving',
    expect: { basis: 'needs-gap', needsGap: 'theirs' },
  },
  {
    key: 'lena',
    name: 'Lena Fischer',
    kind: 'person',
    roles: ['audience'],
    notes: 'Came to the last two shows.',
    stance: 'not-enough-data',
    expect: { basis: 'too-little-weight' },
  },
  {
    key: 'ravi',
    name: 'Ravi Patel',
    kind: 'person',
    roles: ['critic'],
    notes: 'Runs a small music blog.',
    stance: 'not-enough-data',
    expect: { basis: 'balance', leaning: 'giving' },
  },
  {
    key: 'noor',
    name: 'Noor Haddad',
    kind: 'person',
    roles: ['mentee'],
    notes: 'Learning to produce; weekly lessons.',
    stance: 'interdependent',
    expect: { basis: 'balance' },
  },
];

export interface SampleProject {
  key: SampleProjectKey;
  title: string;
  medium: Medium;
  status: ProjectStatus;
  /** Days before today the project started. */
  startedDaysAgo: number;
  description: string;
  members: { person: SamplePersonKey; role: string }[];
}

export const SAMPLE_PROJECTS: readonly SampleProject[] = [
  {
    key: 'harbour',
    title: 'Harbour Lights',
    medium: 'music',
    status: 'active',
    startedDaysAgo: 330,
    description: 'The band’s second album: ten songs, recorded live in the rehearsal room.',
    members: [
      { person: 'band', role: 'band' },
      { person: 'sam', role: 'guitar' },
    ],
  },
  {
    key: 'paperBoats',
    title: 'Paper Boats (EP)',
    medium: 'music',
    status: 'active',
    startedDaysAgo: 250,
    description: 'A five-track solo EP.',
    members: [
      { person: 'priya', role: 'critic' },
      { person: 'maya', role: 'producer' },
      { person: 'kofi', role: 'drums' },
      { person: 'anna', role: 'cover art' },
    ],
  },
  {
    key: 'smallHours',
    title: 'Small Hours',
    medium: 'writing',
    status: 'finished',
    startedDaysAgo: 360,
    description: 'Lyrics and liner notes, written with Jonas.',
    members: [{ person: 'jonas', role: 'co-writer' }],
  },
  {
    key: 'glassGarden',
    title: 'Glass Garden',
    medium: 'film',
    status: 'idea',
    startedDaysAgo: 40,
    description: 'A short film score, if the director says yes.',
    members: [{ person: 'noor', role: 'assistant' }],
  },
];

/** The portfolio findings the sample is built to show, with their stance under the default settings. */
export const SAMPLE_PORTFOLIO: Readonly<Record<PortfolioKind, Stance>> = {
  'support-concentration': 'dependent',
  'missing-benefits': 'going-it-alone',
  'no-input-stretches': 'going-it-alone',
  'declined-feedback': 'going-it-alone',
};
