import { describe, expect, it } from 'vitest';
import type { LearnerPath, PortfolioFinding, RelationshipFinding } from '../../../../shared/entities/patterns';
import {
  confidenceTrendWords,
  feedbackAppliedWords,
  learnerHeadline,
  needsWords,
  portfolioWords,
  portionWords,
  practiceWords,
  relationshipWords,
  shareWords,
  trendWords,
} from './plainWords';

const band = { low: 0.35, high: 0.65 };
const evidence = (total: number) => ({ refs: [], total });

type Case = Parameters<typeof relationshipWords>[0];
const relationship = (over: Partial<Case>): Case => ({
  stance: 'interdependent',
  basis: 'balance',
  leaning: null,
  confidence: 0.9,
  giveShare: 0.5,
  give: 10,
  receive: 10,
  evidence: evidence(12),
  needsGap: null,
  learnerPath: null,
  collaborator: { id: 'c1', name: 'Anna Kowalski', roles: ['peer'], isGroup: false },
  ...over,
});

const path = (over: Partial<LearnerPath>): LearnerPath => ({
  state: 'too-little-data',
  lessons: 1,
  ratedLessons: 0,
  confidence: [],
  confidenceSlope: null,
  standingAloneTrend: null,
  practiceTotal: 1,
  practiceDone: 0,
  practiceDoneRate: 0,
  feedback: { applied: 0, partlyApplied: 0, declined: 0, discussed: 0, open: 0 },
  feedbackAppliedRate: null,
  sentence: '',
  evidence: evidence(1),
  ...over,
});

describe('relationshipWords', () => {
  it('says "not enough data" in words when too little is logged, counting the entries', () => {
    expect(relationshipWords(relationship({ stance: 'not-enough-data', basis: 'too-little-weight', give: 0, receive: 2, evidence: evidence(1), confidence: 0 }))).toBe(
      'Only 1 entry with Anna so far — not enough yet to say how it balances.',
    );
    expect(relationshipWords(relationship({ stance: 'not-enough-data', basis: 'too-little-weight', give: 0, receive: 0, evidence: evidence(0), confidence: 0 }))).toBe(
      'Nothing exchanged with Anna in this window yet — not enough to say how it balances.',
    );
  });

  it('tells few entries from many for a balanced exchange, and which way it tips inside the band', () => {
    expect(relationshipWords(relationship({ confidence: 0.62, giveShare: 0.43 }))).toBe('About even, a little more from Anna, but few entries yet — it looks balanced so far.');
    expect(relationshipWords(relationship({ confidence: 0.93, giveShare: 0.5 }))).toBe('About even: give and take both flow — this looks balanced.');
    expect(relationshipWords(relationship({ confidence: 0.93, giveShare: 0.6 }))).toContain('a little more from you');
  });

  it('names the way an uncertain exchange leans, and a one-sided one each way', () => {
    expect(relationshipWords(relationship({ stance: 'not-enough-data', leaning: 'giving', giveShare: 0.86 }))).toBe('Leaning toward you giving, but too few entries yet to be sure.');
    expect(relationshipWords(relationship({ stance: 'not-enough-data', leaning: 'taking', giveShare: 0.2 }))).toContain('Leaning toward you receiving');
    expect(relationshipWords(relationship({ stance: 'one-sided-giving', giveShare: 0.91 }))).toBe('Far more comes from you than from Anna — this looks one-sided, you giving.');
    expect(relationshipWords(relationship({ stance: 'one-sided-taking', giveShare: 0.04 }))).toBe('Far more comes from Anna than from you — this looks one-sided, you receiving.');
  });

  it('says why a balanced exchange is one-sided when the needs gap decides, either way', () => {
    const theirs = relationship({ stance: 'one-sided-giving', basis: 'needs-gap', needsGap: { whoseNeedsCountMore: 'theirs' } as RelationshipFinding['needsGap'] });
    expect(relationshipWords(theirs)).toBe(
      'Give and take are about even, but Anna’s requests are met far more often than yours — this looks one-sided all the same, you giving.',
    );
    const yours = relationship({ stance: 'one-sided-taking', basis: 'needs-gap', needsGap: { whoseNeedsCountMore: 'yours' } as RelationshipFinding['needsGap'] });
    expect(relationshipWords(yours)).toContain('your requests are met far more often than theirs — this looks one-sided all the same, you receiving.');
  });

  it('calls nothing exchanged over shared active work going it alone, without labelling anyone', () => {
    const words = relationshipWords(relationship({ stance: 'going-it-alone', basis: 'no-exchange', give: 0, receive: 0, giveShare: null, evidence: evidence(1) }));
    expect(words).toBe('Nothing passed between you and Anna in this window, though you share active work — this looks like going it alone.');
    expect(words).not.toMatch(/independent|codependent|dependent/i);
  });

  it('leads a mentor relationship with the learner path', () => {
    const learnerPath = path({ state: 'not-yet-standing-alone', lessons: 6, standingAloneTrend: 'falling', practiceTotal: 12, practiceDone: 2, practiceDoneRate: 2 / 12 });
    expect(relationshipWords(relationship({ stance: 'dependent', basis: 'learner-path', learnerPath }))).toBe(
      'Confidence to do it alone is falling across lessons, and 2 of 12 practice items done — this looks like leaning on the lessons for now, not yet standing alone.',
    );
  });
});

describe('the learner path in words', () => {
  it('counts practice as "0 of 1 practice item done" and says when none is set', () => {
    expect(practiceWords({ practiceDone: 0, practiceTotal: 1 })).toBe('0 of 1 practice item done');
    expect(practiceWords({ practiceDone: 3, practiceTotal: 4 })).toBe('3 of 4 practice items done');
    expect(practiceWords({ practiceDone: 0, practiceTotal: 0 })).toBe('No practice set yet');
  });

  it('says rising, falling, steady or too few rated lessons', () => {
    expect(confidenceTrendWords('rising')).toBe('Confidence to do it alone is rising across lessons');
    expect(confidenceTrendWords('falling')).toBe('Confidence to do it alone is falling across lessons');
    expect(confidenceTrendWords('steady')).toBe('Confidence to do it alone is holding steady');
    expect(confidenceTrendWords(null)).toBe('Too few rated lessons to see a direction');
  });

  it('heads toward standing alone with rising confidence, and waits with too few lessons', () => {
    expect(learnerHeadline(path({ state: 'toward-standing-alone', lessons: 5, standingAloneTrend: 'rising', practiceTotal: 10, practiceDone: 8 }))).toBe(
      'Confidence to do it alone is rising across lessons, and 8 of 10 practice items done — this looks like a path toward standing alone.',
    );
    expect(learnerHeadline(path({}))).toBe('1 lesson so far, 0 of 1 practice item done — too early to see a direction.');
    expect(learnerHeadline(path({ lessons: 0, practiceTotal: 0 }))).toBe('No lessons with you as the learner in this window yet.');
  });

  it('counts feedback applied, partly applied among them', () => {
    expect(feedbackAppliedWords(path({ feedback: { applied: 2, partlyApplied: 1, declined: 1, discussed: 0, open: 3 } }))).toBe('3 of 4 pieces of feedback applied, 1 in part');
    expect(feedbackAppliedWords(path({}))).toBe('No feedback from them settled yet');
  });
});

describe('shares, needs and trends in words', () => {
  it('places a give share against the band', () => {
    expect(shareWords(0.5, band)).toBe('about even');
    expect(shareWords(0.6, band)).toBe('about even, a little more from you');
    expect(shareWords(0.4, band)).toBe('about even, a little more from them');
    expect(shareWords(0.66, band)).toBe('more from you');
    expect(shareWords(0.2, band)).toBe('more from them');
  });

  it('turns met rates into quantities, with nothing settled said as such', () => {
    expect(portionWords(1)).toBe('all');
    expect(portionWords(0.125)).toBe('few');
    expect(portionWords(0)).toBe('none');
    expect(needsWords({ yourMetRate: 0.125, theirMetRate: 1, yourResolved: 4, theirResolved: 4 })).toBe('Few of your 4 requests met; all of their 4 requests met.');
    expect(needsWords({ yourMetRate: null, theirMetRate: 0.5, yourResolved: 0, theirResolved: 2 })).toBe('None of your requests settled yet; about half of their 2 requests met.');
  });

  it('says a trend as the share from you in each half', () => {
    expect(trendWords({ firstHalfGiveShare: 0.67, secondHalfGiveShare: 0.33 })).toBe(
      'About 67% of the give and take came from you in the first half of the window, 33% in the second.',
    );
  });
});

describe('portfolioWords', () => {
  const core = { confidence: 0.9, sentence: '', evidence: evidence(3) };
  const source = (name: string, share: number) => ({ collaboratorId: name, name, weight: share * 100, share });

  it('says most support comes from one source, several sources, or too little to say', () => {
    const one: PortfolioFinding = { ...core, kind: 'support-concentration', stance: 'dependent', herfindahl: 0.57, mainSource: source('Priya Nair', 0.75), sources: [source('Priya Nair', 0.75), source('Kofi', 0.25)] };
    expect(portfolioWords(one)).toBe('Most of your support comes from one source: Priya Nair.');
    const many: PortfolioFinding = { ...one, stance: 'interdependent', herfindahl: 0.3, mainSource: source('Kofi', 0.4) };
    expect(portfolioWords(many)).toContain('none of them most of it');
    expect(portfolioWords({ ...one, stance: 'not-enough-data' })).toBe('Too little received yet to say where your support comes from.');
  });

  it('names a missing kind of input with what it covers', () => {
    const weights = { knowledge: 3, perspective: 2, growth: 0 };
    const finding: PortfolioFinding = { ...core, kind: 'missing-benefits', stance: 'going-it-alone', missing: ['growth'], received: weights, given: weights };
    expect(portfolioWords(finding)).toBe('No growth (encouragement, opportunities, hands-on help) came your way in this window.');
    expect(portfolioWords({ ...finding, stance: 'not-enough-data' })).toBe('Too little logged yet to say which kinds of input reach you.');
  });

  it('names the longest stretch without input and counts declined feedback', () => {
    const stretch = { projectId: 'p', projectTitle: 'Harbour Lights', from: '2026-07-21', to: '2026-12-02', days: 135 };
    expect(portfolioWords({ ...core, kind: 'no-input-stretches', stance: 'going-it-alone', activeProjects: 2, stretches: [stretch] })).toBe('Harbour Lights went 135 days without any input.');
    const outcomes = { applied: 13, partlyApplied: 1, declined: 21, discussed: 1, open: 1 };
    expect(portfolioWords({ ...core, kind: 'declined-feedback', stance: 'going-it-alone', outcomes, resolved: 36, declinedShare: 21 / 36 })).toBe(
      'You declined most of the feedback you received (21 of 36) — a sign of going it alone.',
    );
  });
});
