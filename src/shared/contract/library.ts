import { z } from 'zod';
import { AppInfo } from './app';
import { command } from './method';

/**
 * Which library the app shows: the user's own, or the sample library (a demo with a year of log,
 * written fresh each time it is opened and never mixed with the user's data). Both answer with
 * app.info as it is after the switch, so the UI can mark the sample clearly; every other query's
 * answer changes with the switch.
 */
export const libraryMethods = {
  'library.openSample': command(z.strictObject({}), AppInfo),
  'library.openOwn': command(z.strictObject({}), AppInfo),
};
