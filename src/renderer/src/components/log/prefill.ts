import { Id } from '../../../../shared/entities/common';

/**
 * "New …" pages accept ?person=<id>&project=<id>, so a person's or project's page can open a
 * form with them already chosen. Anything that is not an id is ignored.
 */
export function prefillOf(params: URLSearchParams): { collaboratorId?: string; projectId?: string } {
  const person = params.get('person');
  const project = params.get('project');
  return {
    ...(Id.safeParse(person).success && person ? { collaboratorId: person } : {}),
    ...(Id.safeParse(project).success && project ? { projectId: project } : {}),
  };
}
