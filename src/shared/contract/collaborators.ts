import { z } from 'zod';
import { IdInput } from '../entities/common';
import { Collaborator, CollaboratorFields, CollaboratorPatch, CollaboratorRole } from '../entities/collaborator';
import { CollaboratorProject } from '../entities/project';
import { command, query } from './method';

export const CollaboratorDetail = z.object({
  collaborator: Collaborator,
  projects: z.array(CollaboratorProject),
});
export type CollaboratorDetail = z.infer<typeof CollaboratorDetail>;

export const collaboratorMethods = {
  'collaborators.list': query(
    z.strictObject({
      includeArchived: z.boolean().default(false),
      role: CollaboratorRole.optional(),
    }),
    z.array(Collaborator),
  ),
  'collaborators.get': query(IdInput, CollaboratorDetail),
  'collaborators.create': command(CollaboratorFields, Collaborator),
  'collaborators.update': command(CollaboratorPatch, Collaborator),
  'collaborators.archive': command(IdInput, Collaborator),
  'collaborators.restore': command(IdInput, Collaborator),
};
