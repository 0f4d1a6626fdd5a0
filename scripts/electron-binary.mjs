// @ts-check
// Where Electron's executable is, found the way electron's own index.js finds it but without
// starting its download (Electron 42+ fetches the binary on first use, not at npm install).
// Used by `npm start` and by the Electron end-to-end suite, which skips where this is null.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {string} root the checkout, holding node_modules/electron
 * @returns {string | null}
 */
export function installedElectron(root) {
  const electronDir = path.join(root, 'node_modules', 'electron');
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    if (!relative) return null;
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
    const executable = path.join(dist, relative);
    return fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}
