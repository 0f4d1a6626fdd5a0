import { z } from 'zod';
import { Id, IdInput } from '../entities/common';
import { AskedBy, Need, NeedFields, NeedOutcome, NeedPatch } from '../entities/need';
import { listInput, pageOf } from '../entities/paging';
import { command, query } from './method';

/** The date range applies to the date asked. */
export const NeedListInput = listInput({
  askedBy: AskedBy.optional(),
  outcome: NeedOutcome.optional(),
  collaboratorId: Id.optional(),
  projectId: Id.optional(),
  includeDeleted: z.boolean().default(false),
});

export const needMethods = {
  'needs.list': query(NeedListInput, pageOf(Need)),
  'needs.get': query(IdInput, Need),
  'needs.create': command(NeedFields, Need),
  'needs.update': command(NeedPatch, Need),
  'needs.delete': command(IdInput, Need),
  'needs.restore': command(IdInput, Need),
};
