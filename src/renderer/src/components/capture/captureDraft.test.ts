import { describe, expect, it } from 'vitest';
import { HelpFields } from '../../../../shared/entities/exchange';
import { FeedbackFields } from '../../../../shared/entities/feedback';
import { LessonFields } from '../../../../shared/entities/lesson';
import { RequestFields } from '../../../../shared/entities/request';
import { newDraft, requestOf, type CaptureDraft } from './captureDraft';
import { hasTypedText } from './keptDraft';
import { matchOptions } from './Combobox';

const SAM = '6f1c1f3e-4c1b-4d7a-9a51-2b0f6f8f0a11';
const draft = (patch: Partial<CaptureDraft>): CaptureDraft => ({
  ...newDraft({ kind: 'help', collaboratorId: SAM, projectId: null }),
  date: '2026-03-14',
  ...patch,
});

describe('requestOf', () => {
  it('turns a help draft into an exchange the shared schema accepts, whoever gave having had the idea', () => {
    const request = requestOf(draft({ benefit: 'growth', weight: '3', note: 'Introduced me to a gallery' }));
    expect(request).toEqual({
      kind: 'help',
      input: {
        collaboratorId: SAM,
        projectId: null,
        date: '2026-03-14',
        direction: 'received',
        benefit: 'growth',
        weight: 3,
        initiatedBy: 'them',
        note: 'Introduced me to a gallery',
      },
    });
    expect(HelpFields.safeParse(request.input).success).toBe(true);
    expect(requestOf(draft({ benefit: 'growth', direction: 'given' })).input).toMatchObject({ initiatedBy: 'me' });
    expect(requestOf(draft({ benefit: 'growth', direction: 'given', initiatedBy: 'them' })).input).toMatchObject({ initiatedBy: 'them' });
  });

  it('leaves an unchosen benefit and person for the schema to name', () => {
    const parsed = HelpFields.safeParse(requestOf(draft({ collaboratorId: null })).input);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['collaboratorId', 'benefit']));
  });

  it('sends a lesson’s minutes and rating as numbers, an unrated lesson as null', () => {
    const rated = requestOf(draft({ kind: 'lesson', topics: 'Voicings', duration: '45', confidence: '2' }));
    expect(rated.input).toMatchObject({ userRole: 'learner', durationMin: 45, confidence: 2, topics: 'Voicings' });
    expect(LessonFields.safeParse(rated.input).success).toBe(true);
    const unrated = requestOf(draft({ kind: 'lesson', topics: 'Voicings', duration: '' }));
    expect(unrated.input).toMatchObject({ confidence: null });
    expect(LessonFields.safeParse(unrated.input).error?.issues[0]?.path).toEqual(['durationMin']);
  });

  it('dates a request by when it was asked, and a feedback anchor goes through as typed', () => {
    const request = requestOf(draft({ kind: 'request', what: 'Review my mix', outcome: 'declined' }));
    expect(request.input).toMatchObject({ dateAsked: '2026-03-14', askedBy: 'me', outcome: 'declined' });
    expect(request.input).not.toHaveProperty('date');
    expect(RequestFields.safeParse(request.input).success).toBe(true);
    const feedback = requestOf(draft({ kind: 'feedback', body: 'Drags', anchor: '1:23-1:40' }));
    expect(FeedbackFields.parse(feedback.input).anchor).toEqual({ kind: 'time', startSec: 83, endSec: 100 });
  });
});

describe('hasTypedText', () => {
  it('counts what the user typed in any kind, not the fresh defaults or the choices', () => {
    expect(hasTypedText(draft({}))).toBe(false);
    expect(hasTypedText(draft({ direction: 'given', benefit: 'growth', kind: 'lesson' }))).toBe(false);
    expect(hasTypedText(draft({ duration: '60' }))).toBe(false);
    expect(hasTypedText(draft({ note: '   ' }))).toBe(false);
    for (const typed of [{ body: 'The chorus drags' }, { anchor: '1:23' }, { duration: '45' }, { topics: 'Voicings' }, { note: 'Intro' }, { what: 'A lift' }]) {
      expect(hasTypedText(draft(typed))).toBe(true);
    }
  });
});

describe('matchOptions', () => {
  const people = ['Lee Marlow', 'Ada Okafor', 'Sam Reyes', 'Adam Lee', 'Mira Chen'].map((label) => ({ value: label, label }));

  it('ranks names starting with the text, then a word starting with it, then any containing it', () => {
    expect(matchOptions(people, 'lee').map((option) => option.label)).toEqual(['Lee Marlow', 'Adam Lee']);
    expect(matchOptions(people, 'ADA').map((option) => option.label)).toEqual(['Ada Okafor', 'Adam Lee']);
    expect(matchOptions(people, 'ar').map((option) => option.label)).toEqual(['Lee Marlow']);
    expect(matchOptions(people, 'zz')).toEqual([]);
  });

  it('offers the first few when nothing is typed', () => {
    expect(matchOptions(people, '  ')).toHaveLength(people.length);
  });
});
