import type { Feedback, FeedbackKind } from '../../../../shared/entities/feedback';

/** How a piece of feedback is named in headings and links. */
export const KIND_NOUN: Record<FeedbackKind, string> = {
  technical: 'Technical note',
  critique: 'Critique',
  encouragement: 'Encouragement',
  perspective: 'Perspective',
};

/** "Critique from Ada Okafor", "Encouragement for Lee Marlow". */
export const feedbackTitle = (feedback: Pick<Feedback, 'kind' | 'direction' | 'collaboratorName'>) =>
  `${KIND_NOUN[feedback.kind]} ${feedback.direction === 'received' ? 'from' : 'for'} ${feedback.collaboratorName}`;
