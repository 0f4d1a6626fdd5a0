import { z } from 'zod';
import { Id, IdInput } from '../entities/common';
import { MemberRole, PersonInLog, Project, ProjectDetail, ProjectFields, ProjectPatch, ProjectStatus } from '../entities/project';
import { command, query } from './method';

export const projectMethods = {
  'projects.list': query(
    z.strictObject({
      includeArchived: z.boolean().default(false),
      status: ProjectStatus.optional(),
    }),
    z.array(Project),
  ),
  'projects.get': query(IdInput, ProjectDetail),
  'projects.create': command(ProjectFields, Project),
  'projects.update': command(ProjectPatch, Project),
  'projects.archive': command(IdInput, Project),
  'projects.restore': command(IdInput, Project),
  'projects.addMember': command(
    z.strictObject({ projectId: Id, collaboratorId: Id, role: MemberRole.default('') }),
    ProjectDetail,
  ),
  'projects.updateMember': command(
    z.strictObject({ projectId: Id, collaboratorId: Id, role: MemberRole }),
    ProjectDetail,
  ),
  'projects.removeMember': command(z.strictObject({ projectId: Id, collaboratorId: Id }), ProjectDetail),
  /** The people in the project's log who are not on it: most entries first. */
  'projects.peopleInLog': query(IdInput, z.array(PersonInLog)),
};
