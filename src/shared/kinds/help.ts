import { Exchange, HelpFields, HelpPatch } from '../entities/exchange';
import { defineKind } from './descriptor';

/**
 * Help logged directly: an exchange the user enters themselves (source 'help'). Its list is the
 * whole ledger, derived rows included, which the sidebar calls "Give & take".
 */
export const helpKind = defineKind({
  kind: 'help',
  area: 'help',
  table: 'exchanges',
  dateField: 'date',
  labels: {
    one: 'Help',
    many: 'Help',
    noun: 'help',
    that: 'That exchange',
    this: 'This exchange',
    nav: 'Give & take',
    create: 'Log help',
  },
  paths: { list: '/exchanges', entry: '/help' },
  listMethod: 'exchanges.list',
  ledger: 'direct',
  schemas: { entity: Exchange, fields: HelpFields, patch: HelpPatch },
});
