import type Database from 'better-sqlite3';
import type { timelineMethods } from '../../shared/contract/timeline';
import type { Direction } from '../../shared/entities/exchange';
import { TIMELINE_TYPES, type TimelinePage, type TimelineType } from '../../shared/entities/timeline';
import { timelineCounts, timelinePage, type TimelineScope } from '../db/timelineRepository';
import type { HandlersFor } from './context';
import { pageRequest, requireCollaboratorRef, requireProjectRef } from './logChecks';

interface TimelineOptions {
  types?: TimelineType[] | undefined;
  direction?: Direction | undefined;
  limit: number;
  cursor?: string | undefined;
}

function timeline(db: Database.Database, scope: TimelineScope, options: TimelineOptions): TimelinePage {
  const { limit, after } = pageRequest({ limit: options.limit, cursor: options.cursor });
  return {
    ...timelinePage(db, scope, { types: options.types ?? TIMELINE_TYPES, direction: options.direction, limit, after }),
    counts: timelineCounts(db, scope, options.direction),
  };
}

export const timelineHandlers: HandlersFor<typeof timelineMethods> = {
  'timeline.forCollaborator': ({ collaboratorId, ...options }, { db }) => {
    requireCollaboratorRef(db, collaboratorId);
    return timeline(db, { column: 'collaborator_id', id: collaboratorId }, options);
  },
  'timeline.forProject': ({ projectId, ...options }, { db }) => {
    requireProjectRef(db, projectId);
    return timeline(db, { column: 'project_id', id: projectId }, options);
  },
};
