import type { libraryMethods } from '../../shared/contract/library';
import { appInfoOf } from './app';
import { ApiError, type HandlersFor } from './context';
import type { ApiHost, LibrarySwitch } from './ports';

function switchOf(host: ApiHost): LibrarySwitch {
  if (!host.library) {
    throw new ApiError('CONFLICT', 'This Counterpoint cannot switch libraries (it was started on one library only).');
  }
  return host.library;
}

export const libraryHandlers: HandlersFor<typeof libraryMethods> = {
  'library.openSample': async (_input, ctx) => {
    await switchOf(ctx.host).openSample(ctx.today);
    return appInfoOf(ctx.host);
  },
  'library.openOwn': (_input, { host }) => {
    switchOf(host).openOwn();
    return appInfoOf(host);
  },
};
