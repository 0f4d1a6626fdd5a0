import { Feedback, FeedbackFields, FeedbackPatch } from '../entities/feedback';
import { defineKind } from './descriptor';

export const feedbackKind = defineKind({
  kind: 'feedback',
  area: 'feedback',
  table: 'feedback',
  dateField: 'date',
  labels: {
    one: 'Feedback',
    many: 'Feedback',
    noun: 'feedback',
    that: 'That feedback',
    this: 'This feedback',
    nav: 'Feedback',
    create: 'Log feedback',
  },
  paths: { list: '/feedback', entry: '/feedback' },
  listMethod: 'feedback.list',
  ledger: 'derived',
  schemas: { entity: Feedback, fields: FeedbackFields, patch: FeedbackPatch },
});
