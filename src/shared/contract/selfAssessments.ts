import { z } from 'zod';
import { IdInput } from '../entities/common';
import { PageCursor, PageLimit, pageOf } from '../entities/paging';
import { AnswerInput, BesideLog, SelfAssessment, SelfAssessmentDraft, SelfAssessmentSummary } from '../entities/selfAssessment';
import { command, query } from './method';

export const SelfAssessmentListInput = z.strictObject({ limit: PageLimit, cursor: PageCursor });

/**
 * The reflective questionnaire (src/shared/selfAssessment/questionnaire.ts). At most one
 * self-assessment is in progress; every answer is saved as it is given, so leaving halfway keeps
 * them. `complete` scores it (every question answered), `list` is the completed ones newest first,
 * `besideLog` sets a completed one beside what the log shows over the default window.
 */
export const selfAssessmentMethods = {
  'selfAssessments.current': query(z.strictObject({}), SelfAssessmentDraft.nullable()),
  'selfAssessments.answer': command(AnswerInput, SelfAssessmentDraft),
  'selfAssessments.complete': command(IdInput, SelfAssessment),
  'selfAssessments.discard': command(IdInput, SelfAssessment),
  'selfAssessments.list': query(SelfAssessmentListInput, pageOf(SelfAssessmentSummary)),
  'selfAssessments.get': query(IdInput, SelfAssessment),
  'selfAssessments.delete': command(IdInput, SelfAssessment),
  'selfAssessments.restore': command(IdInput, SelfAssessment),
  /** Only one already deleted (in Recently deleted): its answers go for good. */
  'selfAssessments.deleteForever': command(IdInput, SelfAssessment),
  'selfAssessments.besideLog': query(IdInput, BesideLog),
};
