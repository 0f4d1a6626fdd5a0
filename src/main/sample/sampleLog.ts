import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Benefit, Direction, Weight } from '../../shared/entities/exchange';
import type { FeedbackKind, FeedbackStatus } from '../../shared/entities/feedback';
import type { LessonRole } from '../../shared/entities/lesson';
import type { RequestOutcome } from '../../shared/entities/request';
import type { Random } from './random';
import type { SamplePersonKey, SampleProjectKey } from './sampleCast';

/** What an event can do: call the API as the app would, and find the people and projects by key. */
export interface SampleContext {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  person(key: SamplePersonKey): string;
  project(key: SampleProjectKey): string;
  /** The ISO day `daysAgo` days before today. */
  day(daysAgo: number): string;
  /** Practice item ids of the lessons written so far, by the lesson's script key. */
  practice: Map<string, string[]>;
}

/** One API call (or a few) made on the day it would have been logged: `daysAgo` sets the clock. */
export interface SampleEvent {
  daysAgo: number;
  run(ctx: SampleContext): Promise<unknown>;
}

const FEEDBACK_TEXT: Record<FeedbackKind, readonly string[]> = {
  technical: [
    'The low end masks the kick; cut around 200 Hz on the bass.',
    'The bridge drifts out of time after the second bar.',
    'Try a shorter reverb on the vocal; it blurs the consonants.',
    'The voicing in bar 12 doubles the third — drop one.',
  ],
  critique: [
    'The second verse repeats the first without adding anything.',
    'The ending arrives before the song has earned it.',
    'The chorus melody sits too close to the verse.',
    'The intro is twice as long as it needs to be.',
  ],
  encouragement: [
    'The new demo is the best thing you have made this year.',
    'Keep the rough vocal take — it carries the song.',
    'The arrangement finally breathes. Well done.',
  ],
  perspective: [
    'What if the song were told from the harbour’s side?',
    'It reads to me as a song about leaving, not arriving.',
    'Have you tried it at half the tempo, just voice and piano?',
    'The lyric could end on the question instead of answering it.',
  ],
};

const HELP_NOTES: Record<Benefit, readonly string[]> = {
  knowledge: [
    'Showed how to set up sidechain compression',
    'Walked through the session file',
    'Explained the chord substitutions',
  ],
  perspective: ['Listened to the rough mix together', 'Talked through the track order', 'Second opinion on the master'],
  growth: ['Introduced to a venue booker', 'Lent the good microphone for a week', 'Helped carry gear to the show'],
};

const LESSON_TOPICS = [
  'Voicings for the left hand',
  'Reading a lead sheet',
  'Mix bus compression',
  'EQ in context',
  'Arranging for strings',
  'Vocal comping',
  'Gain staging',
  'Rhythm and groove',
];

const REQUEST_TEXT = [
  'A listen to the new mix',
  'Help moving the studio',
  'A lift to the gig',
  'Feedback on the lyric sheet',
  'Cover a rehearsal',
  'A reference for a grant',
];

const DECLINE_REASONS = ['Not the sound I am after', 'Tried it; the original works better', 'Out of scope for this version'];

/** Builders for the script: each returns the events of one entry, dated by days before today. */
export function sampleScript(random: Random) {
  const jitter = (daysAgo: number) => Math.max(0, daysAgo + random.int(-2, 2));
  let lessonCount = 0;

  function feedback(
    person: SamplePersonKey,
    direction: Direction,
    kind: FeedbackKind,
    daysAgo: number,
    options: { status?: FeedbackStatus; project?: SampleProjectKey } = {},
  ): SampleEvent {
    const status = options.status ?? 'open';
    const dated = jitter(daysAgo);
    // Logged when it was settled: a few days after it was given, never after today.
    const settled = status === 'open' ? dated : Math.max(0, dated - random.int(1, 5));
    const body = random.pick(FEEDBACK_TEXT[kind]);
    const declineReason = status === 'declined' ? random.pick(DECLINE_REASONS) : '';
    return {
      daysAgo: settled,
      run: (ctx) =>
        ctx.call('feedback.create', {
          direction,
          collaboratorId: ctx.person(person),
          projectId: options.project ? ctx.project(options.project) : null,
          kind,
          body,
          date: ctx.day(dated),
          status,
          ...(status === 'open' ? {} : { statusDate: ctx.day(settled) }),
          declineReason,
        }),
    };
  }

  function help(
    person: SamplePersonKey,
    direction: Direction,
    benefit: Benefit,
    weight: Weight,
    daysAgo: number,
    project?: SampleProjectKey,
  ): SampleEvent {
    const dated = jitter(daysAgo);
    const note = random.pick(HELP_NOTES[benefit]);
    return {
      daysAgo: dated,
      run: (ctx) =>
        ctx.call('help.create', {
          direction,
          collaboratorId: ctx.person(person),
          projectId: project ? ctx.project(project) : null,
          benefit,
          weight,
          date: ctx.day(dated),
          note,
        }),
    };
  }

  /** A lesson with `practice` items, `done` of them ticked off a few days later. */
  function lesson(
    person: SamplePersonKey,
    userRole: LessonRole,
    daysAgo: number,
    options: { durationMin: number; confidence: number | null; practice?: number; done?: number },
  ): SampleEvent[] {
    const key = `lesson-${++lessonCount}`;
    const dated = jitter(daysAgo);
    const topics = random.pick(LESSON_TOPICS);
    const practice = Array.from({ length: options.practice ?? 0 }, (_, index) => `${topics}: exercise ${index + 1}`);
    const events: SampleEvent[] = [
      {
        daysAgo: dated,
        run: async (ctx) => {
          const created = await ctx.call('lessons.create', {
            collaboratorId: ctx.person(person),
            userRole,
            date: ctx.day(dated),
            durationMin: options.durationMin,
            topics,
            takeaways: random.pick(['Slow practice first.', 'Record and listen back.', 'Less is more.']),
            confidence: options.confidence,
            practice: practice.map((text) => ({ text, dueDate: ctx.day(Math.max(0, dated - 7)) })),
          });
          ctx.practice.set(key, created.practice.map((item) => item.id));
        },
      },
    ];
    for (let index = 0; index < (options.done ?? 0); index++) {
      const doneDaysAgo = Math.max(0, dated - random.int(1, 6));
      events.push({
        daysAgo: doneDaysAgo,
        run: (ctx) => {
          const id = ctx.practice.get(key)?.[index];
          if (!id) throw new Error(`The sample's ${key} has no practice item ${index + 1}`);
          return ctx.call('practice.setDone', { id, done: true, date: ctx.day(doneDaysAgo) });
        },
      });
    }
    return events;
  }

  function request(person: SamplePersonKey, askedBy: 'me' | 'them', daysAgo: number, outcome: RequestOutcome): SampleEvent {
    const asked = jitter(daysAgo);
    const resolved = outcome === 'pending' ? asked : Math.max(0, asked - random.int(1, 7));
    const what = random.pick(REQUEST_TEXT);
    return {
      daysAgo: resolved,
      run: (ctx) =>
        ctx.call('requests.create', {
          askedBy,
          collaboratorId: ctx.person(person),
          what,
          dateAsked: ctx.day(asked),
          outcome,
          ...(outcome === 'pending' ? {} : { dateResolved: ctx.day(resolved) }),
        }),
    };
  }

  return { feedback, help, lesson, request };
}

export type SampleScript = ReturnType<typeof sampleScript>;

/** `count` days spread evenly from `newest` to `oldest` days ago, oldest first. */
export function spread(count: number, oldest: number, newest: number): number[] {
  if (count === 1) return [Math.round((oldest + newest) / 2)];
  return Array.from({ length: count }, (_, index) => Math.round(oldest - ((oldest - newest) * index) / (count - 1)));
}
