import type { FeedbackKind, FeedbackStatus } from '../../shared/entities/feedback';
import type { RequestOutcome } from '../../shared/entities/request';
import type { Random } from './random';
import { sampleScript, spread, type SampleEvent } from './sampleLog';

/**
 * The sample library's year of log, person by person (sampleCast.ts says what each is built to
 * show). Days are counted back from today; the default window holds days 0–179. Entries meant for
 * one half of the window stay clear of its middle month (first half 128–177 days ago, second half
 * 3–52), so the trend cannot depend on how the calendar falls. Within the window nobody gives the
 * user growth, so that benefit is missing; before it, growth arrives from Maya and Sam.
 */
export function sampleStory(random: Random): SampleEvent[] {
  const { feedback, help, lesson, request } = sampleScript(random);
  const events: SampleEvent[] = [];
  const add = (...more: (SampleEvent | SampleEvent[])[]) => events.push(...more.flat());
  const receivedKinds: readonly FeedbackKind[] = ['critique', 'technical', 'perspective'];

  // Maya — balanced: 8 given, 8 received, alternating through the window.
  spread(3, 165, 30).forEach((day) => add(feedback('maya', 'given', 'critique', day)));
  add(help('maya', 'given', 'knowledge', 2, 75));
  const mayaStatuses = ['applied', 'applied', 'discussed'] as const;
  [150, 105, 15].forEach((day, index) =>
    add(feedback('maya', 'received', 'perspective', day, { status: mayaStatuses[index], project: 'paperBoats' })),
  );
  add(help('maya', 'received', 'knowledge', 2, 60, 'paperBoats'));
  add(request('maya', 'me', 140, 'met'), request('maya', 'them', 90, 'met'));
  add(request('maya', 'me', 40, 'met'), request('maya', 'them', 20, 'met'));
  [300, 230].forEach((day) => add(feedback('maya', 'received', 'encouragement', day, { status: 'applied' })));
  spread(3, 340, 200).forEach((day) =>
    add(feedback('maya', 'given', 'technical', day), feedback('maya', 'received', 'critique', day - 5, { status: 'applied' })),
  );

  // Jonas — the user gives 20 (7 pieces of feedback, 2 large favours), receives 2.
  spread(7, 170, 12).forEach((day, index) =>
    add(feedback('jonas', 'given', index < 4 ? 'technical' : 'critique', day)),
  );
  add(help('jonas', 'given', 'growth', 3, 130), help('jonas', 'given', 'growth', 3, 45));
  add(help('jonas', 'received', 'perspective', 2, 90));
  spread(3, 160, 40).forEach((day) => add(request('jonas', 'them', day, 'met')));
  add(request('jonas', 'me', 100, 'ignored'));
  add(feedback('jonas', 'given', 'perspective', 320, { project: 'smallHours' }));
  add(feedback('jonas', 'received', 'critique', 310, { status: 'applied', project: 'smallHours' }));

  // Priya — the main source of support: 24 pieces of feedback (20 declined) and 50 large favours.
  // Every sixth piece of feedback was used (applied ×3, partly ×1); the other 20 were declined.
  const priyaUsed: FeedbackStatus[] = ['applied', 'applied', 'applied', 'partly-applied'];
  spread(24, 176, 4).forEach((day, index) => {
    const status = index % 6 === 5 ? (priyaUsed[(index - 5) / 6] as FeedbackStatus) : 'declined';
    add(feedback('priya', 'received', receivedKinds[index % 3] as FeedbackKind, day, { status, project: 'paperBoats' }));
  });
  spread(50, 175, 2).forEach((day, index) =>
    add(help('priya', 'received', index % 2 === 0 ? 'knowledge' : 'perspective', 3, day, 'paperBoats')),
  );
  spread(3, 150, 30).forEach((day) => add(feedback('priya', 'given', 'encouragement', day)));
  add(help('priya', 'given', 'growth', 2, 70));
  spread(5, 165, 20).forEach((day) => add(request('priya', 'me', day, 'met')));
  add(request('priya', 'them', 100, 'met'));
  spread(8, 240, 190).forEach((day) =>
    add(feedback('priya', 'received', 'critique', day, { status: 'applied', project: 'paperBoats' })),
  );

  // Elena — six lessons, confidence not rising, 2 of 12 practice items done.
  const elenaConfidence = [3, 3, 2, 3, 2, 2];
  spread(6, 170, 20).forEach((day, index) => {
    const confidence = elenaConfidence[index] as number;
    add(lesson('elena', 'learner', day, { durationMin: 40, confidence, practice: 2, done: index === 0 || index === 2 ? 1 : 0 }));
  });
  add(feedback('elena', 'received', 'technical', 125, { status: 'applied' }));
  add(feedback('elena', 'received', 'technical', 65, { status: 'declined' }));
  add(request('elena', 'me', 35, 'pending'));
  spread(4, 330, 200).forEach((day, index) => {
    const confidence = [2, 2, 3, 2][index] as number;
    add(lesson('elena', 'learner', day, { durationMin: 40, confidence, practice: 2, done: 1 }));
  });

  // Tomás — five lessons, confidence 1 → 4, 8 of 10 practice items done.
  const tomasConfidence = [1, 2, 2, 3, 4];
  spread(5, 165, 25).forEach((day, index) => {
    const confidence = tomasConfidence[index] as number;
    add(lesson('tomas', 'learner', day, { durationMin: 60, confidence, practice: 2, done: index < 4 ? 2 : 0 }));
  });
  add(lesson('tomas', 'learner', 210, { durationMin: 60, confidence: 1, practice: 1, done: 0 }));

  // Sam — nothing in the window, though he shares "Harbour Lights"; a mutual half-year before it.
  spread(4, 350, 195).forEach((day) =>
    add(
      feedback('sam', 'given', 'perspective', day, { project: 'harbour' }),
      feedback('sam', 'received', 'encouragement', day - 4, { status: 'applied', project: 'harbour' }),
      help('sam', 'received', 'growth', 2, day - 8, 'harbour'),
      help('sam', 'given', 'knowledge', 2, day - 10),
    ),
  );
  add(request('sam', 'me', 280, 'met'), request('sam', 'them', 250, 'met'));

  // The band — 12 and 12, the user receiving more early on and giving more lately.
  add(help('band', 'given', 'growth', 1, 170), feedback('band', 'given', 'perspective', 150, { project: 'harbour' }));
  spread(3, 175, 135).forEach((day) => add(help('band', 'received', 'knowledge', 3, day, 'harbour')));
  spread(3, 50, 8).forEach((day) => add(help('band', 'given', 'growth', 3, day)));
  add(feedback('band', 'received', 'critique', 40, { status: 'applied' }), help('band', 'received', 'perspective', 1, 20));
  spread(6, 350, 190).forEach((day) =>
    add(help('band', 'given', 'knowledge', 2, day, 'harbour'), help('band', 'received', 'perspective', 2, day - 3, 'harbour')),
  );

  // Kofi — 12 and 12, the user giving more early on and receiving more lately.
  spread(3, 175, 135).forEach((day) => add(help('kofi', 'given', 'knowledge', 3, day)));
  add(feedback('kofi', 'received', 'technical', 160, { status: 'applied', project: 'paperBoats' }));
  add(help('kofi', 'received', 'perspective', 1, 140));
  spread(3, 50, 8).forEach((day) => add(help('kofi', 'received', 'knowledge', 3, day, 'paperBoats')));
  add(help('kofi', 'given', 'perspective', 1, 45), feedback('kofi', 'given', 'critique', 30));
  add(request('kofi', 'me', 100, 'met'), request('kofi', 'them', 60, 'met'));
  add(help('kofi', 'given', 'growth', 2, 260), help('kofi', 'received', 'growth', 2, 250));

  // Anna — an even exchange, but her four requests were met and the user's four mostly were not.
  spread(3, 160, 40).forEach((day) => add(feedback('anna', 'given', 'critique', day, { project: 'paperBoats' })));
  spread(3, 150, 30).forEach((day) =>
    add(feedback('anna', 'received', 'perspective', day, { status: 'applied', project: 'paperBoats' })),
  );
  spread(4, 160, 40).forEach((day) => add(request('anna', 'them', day, 'met')));
  const annaOutcomes = ['declined', 'ignored', 'declined', 'partly-met'] as const;
  [150, 110, 70, 30].forEach((day, index) => add(request('anna', 'me', day, annaOutcomes[index] as RequestOutcome)));
  add(feedback('anna', 'given', 'encouragement', 220), feedback('anna', 'received', 'perspective', 215, { status: 'applied' }));

  // Lena — one piece of feedback: too little to say anything.
  add(feedback('lena', 'received', 'perspective', 60, { status: 'open' }));

  // Ravi — 6 given, 1 received: leaning toward giving, the interval still reaching the band.
  spread(3, 150, 30).forEach((day) => add(feedback('ravi', 'given', 'critique', day)));
  add(help('ravi', 'received', 'perspective', 1, 100));
  add(feedback('ravi', 'given', 'critique', 250));

  // Noor — lessons taught (knowledge, left out of the balance with a mentee); 4 and 4 otherwise.
  spread(4, 160, 20).forEach((day) => add(lesson('noor', 'teacher', day, { durationMin: 60, confidence: null })));
  add(feedback('noor', 'given', 'encouragement', 120), feedback('noor', 'given', 'encouragement', 50));
  [100, 35].forEach((day) => add(feedback('noor', 'received', 'perspective', day, { status: 'applied' })));
  spread(2, 260, 200).forEach((day) => add(lesson('noor', 'teacher', day, { durationMin: 60, confidence: null })));

  return events;
}
