import type { libraryMethods } from '../../shared/contract/library';
import { schemaVersion } from '../db/migrations';
import { ApiError, type HandlersFor } from './context';
import type { ApiHost, LibrarySwitch } from './ports';

function switchOf(host: ApiHost): LibrarySwitch {
  if (!host.library) {
    throw new ApiError('CONFLICT', 'This Counterpoint cannot switch libraries (it was started on one library only).');
  }
  return host.library;
}

/** app.info after a switch: read from the host again, since the open library changed. */
const infoOf = (host: ApiHost) => ({ ...host.info(), schemaVersion: schemaVersion(host.db()) });

export const libraryHandlers: HandlersFor<typeof libraryMethods> = {
  'library.openSample': async (_input, ctx) => {
    await switchOf(ctx.host).openSample(ctx.today);
    return infoOf(ctx.host);
  },
  'library.openOwn': (_input, { host }) => {
    switchOf(host).openOwn();
    return infoOf(host);
  },
};
