import { defineRecordKind } from './descriptor';

/**
 * The user's answers to the reflective questionnaire. A record, not a log entry: no person, no
 * project, no day it happened on, no place in timelines, quick capture or the ledger.
 */
export const selfAssessmentKind = defineRecordKind({
  kind: 'selfAssessment',
  area: 'selfAssessments',
  table: 'self_assessments',
  labels: {
    one: 'Self-assessment',
    many: 'Self-assessments',
    noun: 'self-assessment',
    that: 'That self-assessment',
    this: 'This self-assessment',
  },
  paths: { entry: '/self-assessment' },
});
