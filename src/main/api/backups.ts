import type { backupMethods } from '../../shared/contract/backups';
import { appInfoOf } from './app';
import { ApiError, notFound, type HandlersFor } from './context';
import type { ApiHost, BackupKeeper } from './ports';

function keeperOf(host: ApiHost): BackupKeeper {
  if (!host.backups) throw new ApiError('CONFLICT', 'This Counterpoint keeps no backups (it was started without a backups folder).');
  return host.backups;
}

export const backupHandlers: HandlersFor<typeof backupMethods> = {
  'backups.list': (_input, { host }) => keeperOf(host).list(),
  'backups.create': (_input, { host }) => keeperOf(host).create('manual'),
  'backups.restore': async ({ id }, { host }) => {
    const keeper = keeperOf(host);
    if (!keeper.list().some((backup) => backup.id === id)) throw notFound('That backup');
    await keeper.restore(id);
    return appInfoOf(host);
  },
};
