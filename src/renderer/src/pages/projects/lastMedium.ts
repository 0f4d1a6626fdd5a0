import type { Medium, Project } from '../../../../shared/entities/project';

/**
 * The medium a new project starts with: the one of the project made last, since most people work in
 * one or two; before the first project, "Other". Never an empty "Choose…" that only says what is
 * missing after Save.
 */
export function lastMedium(projects: readonly Pick<Project, 'medium' | 'createdAt'>[]): Medium {
  const newest = projects.reduce<Pick<Project, 'medium' | 'createdAt'> | null>(
    (latest, project) => (latest === null || project.createdAt > latest.createdAt ? project : latest),
    null,
  );
  return newest?.medium ?? 'other';
}
