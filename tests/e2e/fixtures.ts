import { test as base } from '@playwright/test';
import { AppServer } from './server';

/**
 * Every e2e test gets its own browser-mode server on its own temp library:
 * `appUrl` is the address it printed (with ?token=), `server` can restart it or seed data.
 */
export const test = base.extend<{ server: AppServer; appUrl: string }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await AppServer.start();
    try {
      await use(server);
    } finally {
      await server.dispose();
    }
  },
  appUrl: async ({ server }, use) => {
    await use(server.appUrl);
  },
});

export { expect } from '@playwright/test';
