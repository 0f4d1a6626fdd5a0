import type { searchMethods } from '../../shared/contract/search';
import { searchLibrary } from '../db/searchRepository';
import type { HandlersFor } from './context';
import { requireCollaboratorRef, requireProjectRef } from './logChecks';

export const searchHandlers: HandlersFor<typeof searchMethods> = {
  'search.query': ({ text, kinds, personId, projectId, limit }, { db }) => {
    if (personId !== undefined) requireCollaboratorRef(db, personId, 'personId');
    if (projectId !== undefined) requireProjectRef(db, projectId, 'projectId');
    return searchLibrary(db, { text, kinds, personId, projectId, limit });
  },
};
