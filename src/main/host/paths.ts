import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Counterpoint';

/**
 * The same folder Electron's app.getPath('userData') gives for this app, so the desktop app
 * and browser mode open the same library by default.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}
