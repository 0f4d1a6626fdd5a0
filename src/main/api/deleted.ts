import type { deletedMethods } from '../../shared/contract/deleted';
import { decodeDeletedCursor, deletedPage } from '../db/deletedRepository';
import type { HandlersFor } from './context';
import { invalid } from './logChecks';

export const deletedHandlers: HandlersFor<typeof deletedMethods> = {
  'deleted.list': ({ limit, cursor }, { db }) => {
    if (cursor === undefined) return deletedPage(db, { limit });
    const after = decodeDeletedCursor(cursor);
    if (!after) throw invalid('cursor', 'This list has moved on since it was loaded; reload it to continue.');
    return deletedPage(db, { limit, after });
  },
};
