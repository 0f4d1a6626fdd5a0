import { z } from 'zod';
import { Id, IdInput } from '../entities/common';
import { AskedBy, Request, RequestFields, RequestOutcome, RequestPatch } from '../entities/request';
import { listInput, pageOf } from '../entities/paging';
import { command, query } from './method';

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
  'requests.get': query(IdInput, Request),
  'requests.create': command(RequestFields, Request),
  'requests.update': command(RequestPatch, Request),
  'requests.delete': command(IdInput, Request),
  'requests.restore': command(IdInput, Request),
};
