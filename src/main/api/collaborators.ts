import type Database from 'better-sqlite3';
import type { collaboratorMethods } from '../../shared/contract/collaborators';
import {
  findCollaborator,
  insertCollaborator,
  listCollaborators,
  setCollaboratorArchived,
  updateCollaborator,
} from '../db/collaboratorRepository';
import { projectsOfCollaborator } from '../db/projectRepository';
import { notFound, type HandlersFor } from './context';

function requireCollaborator(db: Database.Database, id: string) {
  const collaborator = findCollaborator(db, id);
  if (!collaborator) throw notFound('That person');
  return collaborator;
}

export const collaboratorHandlers: HandlersFor<typeof collaboratorMethods> = {
  'collaborators.list': (input, { db }) => listCollaborators(db, input),
  'collaborators.get': ({ id }, { db }) => ({
    collaborator: requireCollaborator(db, id),
    projects: projectsOfCollaborator(db, id),
  }),
  'collaborators.create': (fields, ctx) =>
    ctx.write(() => requireCollaborator(ctx.db, insertCollaborator(ctx.db, fields, ctx.at))),
  'collaborators.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      requireCollaborator(ctx.db, id);
      updateCollaborator(ctx.db, id, patch, ctx.at);
      return requireCollaborator(ctx.db, id);
    }),
  'collaborators.archive': ({ id }, ctx) =>
    ctx.write(() => {
      const current = requireCollaborator(ctx.db, id);
      if (!current.archivedAt) setCollaboratorArchived(ctx.db, id, ctx.at, ctx.at);
      return requireCollaborator(ctx.db, id);
    }),
  'collaborators.restore': ({ id }, ctx) =>
    ctx.write(() => {
      requireCollaborator(ctx.db, id);
      setCollaboratorArchived(ctx.db, id, null, ctx.at);
      return requireCollaborator(ctx.db, id);
    }),
};
