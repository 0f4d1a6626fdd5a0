import type { projectMethods } from '../../shared/contract/projects';
import type { ProjectDetail } from '../../shared/entities/project';
import { findCollaborator } from '../db/collaboratorRepository';
import {
  deleteMember,
  findMember,
  findProject,
  insertMember,
  insertProject,
  listMembers,
  listProjects,
  setProjectArchived,
  touchProject,
  updateMemberRole,
  updateProject,
} from '../db/projectRepository';
import { peopleInLog } from '../db/peopleInLog';
import type Database from 'better-sqlite3';
import { ApiError, notFound, type HandlersFor } from './context';

function requireProject(db: Database.Database, id: string) {
  const project = findProject(db, id);
  if (!project) throw notFound('That project');
  return project;
}

function detail(db: Database.Database, id: string): ProjectDetail {
  return { project: requireProject(db, id), members: listMembers(db, id) };
}

export const projectHandlers: HandlersFor<typeof projectMethods> = {
  'projects.list': (input, { db }) => listProjects(db, input),
  'projects.get': ({ id }, { db }) => detail(db, id),
  'projects.peopleInLog': ({ id }, { db }) => {
    requireProject(db, id);
    return peopleInLog(db, id);
  },
  'projects.create': (fields, ctx) =>
    ctx.write(() => requireProject(ctx.db, insertProject(ctx.db, fields, ctx.at))),
  'projects.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const current = requireProject(ctx.db, id);
      const start = patch.startDate === undefined ? current.startDate : patch.startDate;
      const end = patch.endDate === undefined ? current.endDate : patch.endDate;
      if (start && end && start > end) {
        throw new ApiError('VALIDATION', 'The end date cannot be before the start date', {
          issues: [{ path: 'endDate', message: 'The end date cannot be before the start date' }],
        });
      }
      updateProject(ctx.db, id, patch, ctx.at);
      return requireProject(ctx.db, id);
    }),
  'projects.archive': ({ id }, ctx) =>
    ctx.write(() => {
      const current = requireProject(ctx.db, id);
      if (!current.archivedAt) setProjectArchived(ctx.db, id, ctx.at, ctx.at);
      return requireProject(ctx.db, id);
    }),
  'projects.restore': ({ id }, ctx) =>
    ctx.write(() => {
      requireProject(ctx.db, id);
      setProjectArchived(ctx.db, id, null, ctx.at);
      return requireProject(ctx.db, id);
    }),
  'projects.addMember': ({ projectId, collaboratorId, role }, ctx) =>
    ctx.write(() => {
      requireProject(ctx.db, projectId);
      if (!findCollaborator(ctx.db, collaboratorId)) throw notFound('That person');
      if (findMember(ctx.db, projectId, collaboratorId)) {
        throw new ApiError('CONFLICT', 'That person is already on this project.');
      }
      insertMember(ctx.db, projectId, collaboratorId, role, ctx.at);
      touchProject(ctx.db, projectId, ctx.at);
      return detail(ctx.db, projectId);
    }),
  'projects.updateMember': ({ projectId, collaboratorId, role }, ctx) =>
    ctx.write(() => {
      requireProject(ctx.db, projectId);
      if (!findMember(ctx.db, projectId, collaboratorId)) throw notFound('That person on this project');
      updateMemberRole(ctx.db, projectId, collaboratorId, role);
      touchProject(ctx.db, projectId, ctx.at);
      return detail(ctx.db, projectId);
    }),
  'projects.removeMember': ({ projectId, collaboratorId }, ctx) =>
    ctx.write(() => {
      requireProject(ctx.db, projectId);
      if (!findMember(ctx.db, projectId, collaboratorId)) throw notFound('That person on this project');
      deleteMember(ctx.db, projectId, collaboratorId);
      touchProject(ctx.db, projectId, ctx.at);
      return detail(ctx.db, projectId);
    }),
};
