import { Request, RequestFields, RequestPatch } from '../entities/request';
import { defineKind } from './descriptor';

/** Who asked whom for what, and the outcome: the record the needs gap is judged from. */
export const requestKind = defineKind({
  kind: 'request',
  area: 'requests',
  table: 'requests',
  dateField: 'dateAsked',
  labels: {
    one: 'Request',
    many: 'Requests',
    noun: 'request',
    that: 'That request',
    this: 'This request',
    nav: 'Requests',
    create: 'Log a request',
  },
  paths: { list: '/requests', entry: '/requests' },
  listMethod: 'requests.list',
  ledger: 'none',
  schemas: { entity: Request, fields: RequestFields, patch: RequestPatch },
});
