import { z } from 'zod';
import { Id, Timestamp, optionalText, trimmed } from './common';

export const CollaboratorRole = z.enum(['mentor', 'mentee', 'peer', 'co-creator', 'critic', 'audience']);
export type CollaboratorRole = z.infer<typeof CollaboratorRole>;
export const COLLABORATOR_ROLES = CollaboratorRole.options;

export const CollaboratorKind = z.enum(['person', 'group']);
export type CollaboratorKind = z.infer<typeof CollaboratorKind>;

export const Collaborator = z.object({
  id: Id,
  name: z.string(),
  kind: CollaboratorKind,
  roles: z.array(CollaboratorRole),
  notes: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Timestamp.nullable(),
});
export type Collaborator = z.infer<typeof Collaborator>;

export const CollaboratorFields = z.strictObject({
  name: trimmed('Name', 120),
  kind: CollaboratorKind.default('person'),
  roles: z
    .array(CollaboratorRole)
    .max(COLLABORATOR_ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, { message: 'Each role can be chosen once' })
    .default([]),
  notes: optionalText('Notes', 5000).default(''),
});
export type CollaboratorFields = z.infer<typeof CollaboratorFields>;
