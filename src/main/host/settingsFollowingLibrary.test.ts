import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { LibraryKind } from '../api/ports';
import { settingsFollowingLibrary } from './settingsFollowingLibrary';
import { createNodeSettingsStore } from './settingsStore.node';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('settings while the sample library is open', () => {
  it('change a scratch copy that starts from the defaults and is dropped on the way back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-follow-'));
    dirs.push(dir);
    const own = createNodeSettingsStore(dir);
    own.update({ analysis: { minimumWeight: 9 } });
    const library: { kind: LibraryKind } = { kind: 'own' };
    const settings = settingsFollowingLibrary(own, library);
    expect(settings.get().analysis.minimumWeight).toBe(9);

    library.kind = 'sample';
    expect(settings.get().analysis).toEqual(DEFAULT_SETTINGS.analysis);
    settings.update({ analysis: { minimumWeight: 2 } });
    expect(settings.get().analysis.minimumWeight).toBe(2);
    expect(createNodeSettingsStore(dir).get().analysis.minimumWeight).toBe(9);

    library.kind = 'own';
    expect(settings.get().analysis.minimumWeight).toBe(9);
    library.kind = 'sample';
    expect(settings.get().analysis.minimumWeight).toBe(DEFAULT_SETTINGS.analysis.minimumWeight);
  });
});
