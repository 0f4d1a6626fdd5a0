import Database from 'better-sqlite3';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { fail, issuesOf, ok, type Result } from '../../shared/result';
import { localDay } from '../../shared/localDay';
import { LibraryDamagedError } from '../db/integrity';
import { DatabaseTooNewError } from '../db/migrations';
import { ApiError, type ApiContext, type Handlers } from './context';
import { handlers as allHandlers } from './index';
import { BackupFailedError, SettingsValidationError, type ApiHost } from './ports';

export type Invoke = (method: string, input: unknown) => Promise<Result<unknown>>;

function contextFor(host: ApiHost): ApiContext {
  const now = host.now ? host.now() : new Date();
  const at = now.toISOString();
  return {
    // Read when a handler asks: a damaged library has no connection, and app.info must still answer.
    get db() {
      return host.db();
    },
    settings: host.settings,
    host,
    at,
    today: localDay(now),
    write: (fn) => host.db().transaction(fn).immediate(),
  };
}

/** What still answers while the own library cannot be opened: enough to say why and to restore a backup. */
const WHILE_DAMAGED = new Set<MethodName>(['app.info', 'settings.get', 'backups.list', 'backups.restore']);

/**
 * The single entry point of the API: looks the method up, parses its input strictly and
 * returns the handler's answer or a typed error, never a thrown exception.
 */
export function createApi(host: ApiHost, handlers: Handlers = allHandlers): Invoke {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail({ code: 'UNKNOWN_METHOD', message: `There is no method called "${method}".` });
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      const first = issues[0];
      const message = first
        ? `${first.path ? `${first.path}: ` : ''}${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`
        : 'The input is not valid.';
      return fail({ code: 'VALIDATION', message, details: { issues } });
    }
    try {
      const damage = host.library?.damage;
      if (damage && !WHILE_DAMAGED.has(method)) {
        return fail({
          code: 'LIBRARY_DAMAGED',
          message: `Your library could not be opened (${damage.file}), so nothing can be read or changed until a backup is restored.`,
        });
      }
      const ctx = contextFor(host);
      if (spec.writes && !damage && ctx.db.readonly) {
        return fail({ code: 'READ_ONLY', message: 'This library is open read-only; nothing can be changed.' });
      }
      const handler = handlers[method] as (value: unknown, ctx: ApiContext) => unknown;
      return ok(await handler(parsed.data, ctx));
    } catch (error) {
      return fail(describe(error));
    }
  };
}

function describe(error: unknown) {
  if (error instanceof ApiError) {
    return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  }
  if (error instanceof SettingsValidationError) {
    return { code: 'VALIDATION' as const, message: error.message, details: { issues: error.issues } };
  }
  if (error instanceof DatabaseTooNewError) return { code: 'DATABASE_TOO_NEW' as const, message: error.message };
  if (error instanceof BackupFailedError) return { code: 'BACKUP_FAILED' as const, message: error.message };
  if (error instanceof LibraryDamagedError) {
    return { code: 'LIBRARY_DAMAGED' as const, message: `Your library could not be opened (${error.damage.file}); nothing was changed.` };
  }
  if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT' as const, message: 'That change conflicts with what is already saved.', details: { sqlite: error.code } };
  }
  console.error('[counterpoint] internal error', error);
  return { code: 'INTERNAL' as const, message: 'Something went wrong inside Counterpoint; nothing was changed.' };
}
