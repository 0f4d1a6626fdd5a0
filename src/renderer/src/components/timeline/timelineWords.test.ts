import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../../shared/entities/timeline';
import { formatDay } from '../../format';
import { timelineWords } from './timelineWords';

const row = {
  id: '6f1c1a4e-0000-4000-8000-000000000001',
  date: '2026-03-10',
  createdAt: '2026-03-15T12:00:00.000Z',
  summary: '',
  collaboratorId: '6f1c1a4e-0000-4000-8000-000000000002',
  collaboratorName: 'Sam',
  projectId: null,
  projectTitle: null,
  href: '/somewhere',
};

/** The facts of src/main/api/timeline.test.ts's rows, as timeline.forCollaborator sends them. */
const critique: TimelineEntry = {
  ...row,
  type: 'feedback',
  direction: 'received',
  kind: 'critique',
  status: 'applied',
  piece: 'Mix v3',
  anchor: { kind: 'time', startSec: 83, endSec: 100 },
};
const lesson: TimelineEntry = { ...row, type: 'lesson', direction: 'received', userRole: 'learner', durationMin: 45, confidence: 3 };
const help: TimelineEntry = { ...row, type: 'help', direction: 'given', benefit: 'knowledge', weight: 1, initiatedBy: 'me' };
const request: TimelineEntry = {
  ...row,
  type: 'request',
  direction: 'received',
  askedBy: 'me',
  outcome: 'declined',
  dateResolved: '2026-03-02',
  note: '',
};

describe('timelineWords', () => {
  it('words every kind of entry as the timeline shows it', () => {
    expect([critique, lesson, help, request].map((entry) => timelineWords(entry))).toEqual([
      { title: 'Critique received', detail: 'Mix v3 · 1:23–1:40' },
      { title: 'Lesson taken · 45 min', detail: 'Confident to do it alone: 3 of 5' },
      { title: 'Knowledge given', detail: 'Small · My idea' },
      { title: 'You asked', detail: `Resolved ${formatDay('2026-03-02')}` },
    ]);
  });

  it('calls a peers lesson a skill swap', () => {
    expect(timelineWords({ ...lesson, direction: 'mutual', userRole: 'peers', durationMin: 60 }).title).toBe('Skill swap · 60 min');
  });

  it('leaves out what an entry does not have, and keeps a request’s note to one short line', () => {
    expect(timelineWords({ ...critique, piece: '', anchor: { kind: 'none' } }).detail).toBe('');
    expect(timelineWords({ ...lesson, confidence: null }).detail).toBe('');
    const note = 'Away that weekend, and the one after it too, because the tour runs longer than we planned.';
    expect(timelineWords({ ...request, askedBy: 'them', outcome: 'pending', dateResolved: null, note })).toEqual({
      title: 'They asked you',
      detail: 'Away that weekend, and the one after it too, because the tour runs longer than…',
    });
  });
});
