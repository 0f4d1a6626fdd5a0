import { z } from 'zod';
import { Id } from '../entities/common';
import { AskedBy, Request, RequestOutcome } from '../entities/request';
import { listInput, pageOf } from '../entities/paging';
import { KINDS } from '../kinds';
import { entryMethods } from './entryMethods';
import { query } from './method';

/** The date range applies to the date asked. */
export const RequestListInput = listInput({
  askedBy: AskedBy.optional(),
  outcome: RequestOutcome.optional(),
  collaboratorId: Id.optional(),
  projectId: Id.optional(),
  includeDeleted: z.boolean().default(false),
});

export const requestMethods = {
  'requests.list': query(RequestListInput, pageOf(Request)),
  ...entryMethods(KINDS.request),
};
