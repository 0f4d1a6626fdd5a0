import { appHandlers } from './app';
import { collaboratorHandlers } from './collaborators';
import type { Handlers } from './context';
import { projectHandlers } from './projects';

/** Every method of the contract, implemented; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...projectHandlers,
  ...collaboratorHandlers,
};
