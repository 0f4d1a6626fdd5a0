import type { CollaboratorAggregate } from './input';

/**
 * A mentor or mentee role: teaching is the point of the relationship, so knowledge is left out of
 * the balance and the learner's path is judged instead (DOMAIN.md, "How balance is judged"). The
 * exception belongs to the role, not to the lessons: with anyone else lessons are ordinary
 * knowledge exchanges.
 */
export function isMentorship(collaborator: Pick<CollaboratorAggregate, 'roles'>): boolean {
  return collaborator.roles.includes('mentor') || collaborator.roles.includes('mentee');
}
