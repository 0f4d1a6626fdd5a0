import { DeletedListInput, DeletedPage } from '../entities/deleted';
import { query } from './method';

/**
 * "Recently deleted": the bin of every kind of entry in one list. Restoring and deleting for ever
 * are each kind's own methods (`${area}.restore`, `${area}.deleteForever`, in entryMethods.ts).
 */
export const deletedMethods = {
  'deleted.list': query(DeletedListInput, DeletedPage),
};
