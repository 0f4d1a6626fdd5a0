import { Lesson, LessonFields, LessonPatch } from '../entities/lesson';
import { defineKind } from './descriptor';

export const lessonKind = defineKind({
  kind: 'lesson',
  area: 'lessons',
  table: 'lessons',
  dateField: 'date',
  labels: {
    one: 'Lesson',
    many: 'Lessons',
    noun: 'lesson',
    that: 'That lesson',
    this: 'This lesson',
    nav: 'Lessons',
    create: 'Log a lesson',
  },
  paths: { list: '/lessons', entry: '/lessons' },
  listMethod: 'lessons.list',
  ledger: 'derived',
  schemas: { entity: Lesson, fields: LessonFields, patch: LessonPatch },
});
