import type Database from 'better-sqlite3';
import type { Contract, MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { ApiErrorValue, ErrorCode } from '../../shared/result';
import type { ApiHost, SettingsStore } from './ports';

export interface ApiContext {
  db: Database.Database;
  settings: SettingsStore;
  host: ApiHost;
  /** One timestamp for the whole call, so every row a call writes agrees. */
  at: string;
  today: string;
  /** Runs fn in one IMMEDIATE transaction: everything a write touches lands together or not at all. */
  write<T>(fn: () => T): T;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: ApiContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers for one area of the contract (e.g. typeof projectMethods). */
export type HandlersFor<Area extends Partial<Contract>> = { [M in keyof Area & MethodName]: Handler<M> };

/** Thrown inside the main process only; the dispatcher turns it into an error value. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorValue['details'],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string): ApiError => new ApiError('NOT_FOUND', `${what} was not found. It may have been deleted.`);
