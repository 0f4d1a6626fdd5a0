import { z } from 'zod';
import { Id, Timestamp } from './common';
import { Text, optionalText, requiredText } from './text';

export const CollaboratorRole = z.enum(['mentor', 'mentee', 'peer', 'co-creator', 'critic', 'audience']);
export type CollaboratorRole = z.infer<typeof CollaboratorRole>;
export const COLLABORATOR_ROLES = CollaboratorRole.options;

export const CollaboratorKind = z.enum(['person', 'group']);
export type CollaboratorKind = z.infer<typeof CollaboratorKind>;

export const Collaborator = z.object({
  id: Id,
  name: Text,
  kind: CollaboratorKind,
  roles: z.array(CollaboratorRole),
  notes: Text,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Timestamp.nullable(),
});
export type Collaborator = z.infer<typeof Collaborator>;

const collaboratorFieldShape = {
  name: requiredText('Name', 120, 'one line'),
  kind: CollaboratorKind,
  roles: z
    .array(CollaboratorRole)
    .max(COLLABORATOR_ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, { message: 'Each role can be chosen once' }),
  notes: optionalText('Notes', 5000, 'paragraphs'),
};

export const CollaboratorFields = z.strictObject({
  ...collaboratorFieldShape,
  kind: collaboratorFieldShape.kind.default('person'),
  roles: collaboratorFieldShape.roles.default([]),
  notes: collaboratorFieldShape.notes.default(''),
});
export type CollaboratorFields = z.infer<typeof CollaboratorFields>;

/** No defaults here: a field left out of a patch keeps its saved value. */
export const CollaboratorPatch = z
  .strictObject({ id: Id, ...collaboratorFieldShape })
  .partial()
  .required({ id: true });
export type CollaboratorPatch = z.infer<typeof CollaboratorPatch>;
