import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM } from '../../scripts/find-chromium.mjs';

/** A machine where exactly `files` exist; nothing is looked up on the real one. */
function machine(options: {
  files: string[];
  platform?: string;
  env?: Record<string, string | undefined>;
  playwright?: string | null;
}) {
  return {
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
    home: { win32: 'C:\\Users\\ada', darwin: '/Users/ada' }[options.platform ?? ''] ?? '/home/ada',
    exists: (file: string) => options.files.includes(file),
    playwright: () => options.playwright ?? null,
  };
}

const PLAYWRIGHT_LINUX = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const WINDOWS_ENV = {
  LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local',
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
};

describe('finding a Chromium for the end-to-end tests (fake machines)', () => {
  it('takes CHROMIUM_PATH first, over every installed browser', () => {
    const found = findChromium(
      machine({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, files: ['/opt/my/chrome', '/usr/bin/chromium'], playwright: PLAYWRIGHT_LINUX }),
    );
    expect(found).toEqual({ found: true, path: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  });

  it('reports a CHROMIUM_PATH that does not exist instead of quietly using another browser', () => {
    const found = findChromium(machine({ env: { CHROMIUM_PATH: '/opt/gone' }, files: ['/usr/bin/chromium'] }));
    expect(found).toEqual({ found: false, message: expect.stringContaining('CHROMIUM_PATH names /opt/gone, which does not exist') });
  });

  it("then the system's Chromium, before Playwright's and before Chrome", () => {
    const files = ['/usr/bin/chromium-browser', PLAYWRIGHT_LINUX, '/usr/bin/google-chrome'];
    expect(findChromium(machine({ files, playwright: PLAYWRIGHT_LINUX }))).toEqual({
      found: true,
      path: '/usr/bin/chromium-browser',
      source: 'system Chromium',
    });
    expect(findChromium(machine({ files: ['/usr/bin/chromium', ...files], playwright: PLAYWRIGHT_LINUX }))).toMatchObject({
      path: '/usr/bin/chromium',
    });
  });

  it("then Playwright's own Chromium, but only if its file is there", () => {
    const files = [PLAYWRIGHT_LINUX, '/usr/bin/google-chrome-stable'];
    expect(findChromium(machine({ files, playwright: PLAYWRIGHT_LINUX }))).toEqual({
      found: true,
      path: PLAYWRIGHT_LINUX,
      source: "Playwright's Chromium",
    });
    // Playwright names the path it would download to even when nothing was downloaded.
    expect(findChromium(machine({ files: ['/usr/bin/google-chrome-stable'], playwright: PLAYWRIGHT_LINUX }))).toEqual({
      found: true,
      path: '/usr/bin/google-chrome-stable',
      source: 'Google Chrome',
    });
  });

  it('looks in the usual macOS places, the user\'s own Applications folder included', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const ownChromium = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findChromium(machine({ platform: 'darwin', files: [chrome] }))).toEqual({ found: true, path: chrome, source: 'Google Chrome' });
    expect(findChromium(machine({ platform: 'darwin', files: [chrome, ownChromium] }))).toEqual({
      found: true,
      path: ownChromium,
      source: 'system Chromium',
    });
    // Linux paths mean nothing on a Mac.
    expect(findChromium(machine({ platform: 'darwin', files: ['/usr/bin/chromium'] }))).toEqual({ found: false, message: NO_CHROMIUM });
  });

  it('looks in the usual Windows places, per user and per machine', () => {
    const perUser = 'C:\\Users\\ada\\AppData\\Local\\Chromium\\Application\\chrome.exe';
    const chrome86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium(machine({ platform: 'win32', env: WINDOWS_ENV, files: [chrome86] }))).toEqual({
      found: true,
      path: chrome86,
      source: 'Google Chrome',
    });
    expect(findChromium(machine({ platform: 'win32', env: WINDOWS_ENV, files: [chrome86, perUser] }))).toMatchObject({
      path: perUser,
      source: 'system Chromium',
    });
  });

  it('says in one line how to get a browser when there is none', () => {
    const found = findChromium(machine({ files: [], playwright: PLAYWRIGHT_LINUX }));
    expect(found).toEqual({ found: false, message: NO_CHROMIUM });
    expect(NO_CHROMIUM).not.toContain('\n');
    expect(NO_CHROMIUM).toContain('npx playwright install chromium');
    expect(NO_CHROMIUM).toContain('apt-get install chromium');
  });
});
