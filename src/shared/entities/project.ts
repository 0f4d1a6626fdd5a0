import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common';
import { Text, optionalText, requiredText } from './text';
import { Collaborator } from './collaborator';
import { countsByKind } from '../kinds/entryKind';

export const Medium = z.enum([
  'music',
  'painting',
  'drawing',
  'writing',
  'film',
  'photography',
  'design',
  'dance',
  'theatre',
  'games',
  'other',
]);
export type Medium = z.infer<typeof Medium>;

export const ProjectStatus = z.enum(['idea', 'active', 'paused', 'finished']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

export const Project = z.object({
  id: Id,
  title: Text,
  medium: Medium,
  status: ProjectStatus,
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  description: Text,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Timestamp.nullable(),
  memberCount: z.number().int(),
});
export type Project = z.infer<typeof Project>;

const projectFieldShape = {
  title: requiredText('Title', 200, 'one line'),
  medium: Medium,
  status: ProjectStatus,
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  description: optionalText('Description', 10000, 'paragraphs'),
};

const datesInOrder = (value: { startDate?: string | null; endDate?: string | null }) =>
  !value.startDate || !value.endDate || value.startDate <= value.endDate;
const datesMessage = { message: 'The end date cannot be before the start date', path: ['endDate'] };

export const ProjectFields = z
  .strictObject({
    ...projectFieldShape,
    status: ProjectStatus.default('idea'),
    startDate: projectFieldShape.startDate.default(null),
    endDate: projectFieldShape.endDate.default(null),
    description: projectFieldShape.description.default(''),
  })
  .refine(datesInOrder, datesMessage);
export type ProjectFields = z.infer<typeof ProjectFields>;

export const ProjectPatch = z
  .strictObject({ id: Id, ...projectFieldShape })
  .partial()
  .required({ id: true })
  .refine(datesInOrder, datesMessage);
export type ProjectPatch = z.infer<typeof ProjectPatch>;

/** Free text: the part someone plays on this project ("producer", "cover art"). */
export const MemberRole = optionalText('Role on the project', 80, 'one line');

export const ProjectMember = z.object({
  collaborator: Collaborator,
  role: z.string(),
  addedAt: Timestamp,
});
export type ProjectMember = z.infer<typeof ProjectMember>;

export const ProjectDetail = z.object({
  project: Project,
  members: z.array(ProjectMember),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

export const CollaboratorProject = z.object({
  project: Project,
  role: z.string(),
});
export type CollaboratorProject = z.infer<typeof CollaboratorProject>;

/** Someone who appears in a project's log (its live entries) without being on the project, and how often, by kind. */
export const PersonInLog = z.object({
  collaborator: Collaborator,
  entries: countsByKind(),
});
export type PersonInLog = z.infer<typeof PersonInLog>;
