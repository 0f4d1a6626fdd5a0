import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalWebUrl, rendererLocation } from './rendererLocation';

const indexFile = path.resolve('/opt/counterpoint/out/renderer/index.html');
const built = rendererLocation({ devServerUrl: undefined, isPackaged: false, builtIndexFile: indexFile });
const dev = rendererLocation({ devServerUrl: 'http://localhost:5173', isPackaged: false, builtIndexFile: indexFile });

describe('where the window page comes from', () => {
  it('uses the dev server only when running from source', () => {
    expect(dev).toEqual({ kind: 'dev-server', url: 'http://localhost:5173' });
    expect(rendererLocation({ devServerUrl: 'http://evil.test', isPackaged: true, builtIndexFile: indexFile })).toEqual({
      kind: 'file',
      file: indexFile,
    });
    expect(built).toEqual({ kind: 'file', file: indexFile });
  });

  it('recognises every route of the built page and nothing else', () => {
    const page = pathToFileURL(indexFile).href;
    expect(isAppUrl(page, built)).toBe(true);
    expect(isAppUrl(`${page}#/projects/123`, built)).toBe(true);
    expect(isAppUrl(pathToFileURL(path.resolve('/etc/passwd')).href, built)).toBe(false);
    expect(isAppUrl(pathToFileURL(path.resolve('/opt/counterpoint/out/renderer/other.html')).href, built)).toBe(false);
    expect(isAppUrl('https://example.com/', built)).toBe(false);
    expect(isAppUrl('not a url', built)).toBe(false);
  });

  it('recognises the dev server by origin', () => {
    expect(isAppUrl('http://localhost:5173/#/people', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl(pathToFileURL(indexFile).href, dev)).toBe(false);
  });
});

describe('links that may open in the system browser', () => {
  it('are http and https only', () => {
    expect(isExternalWebUrl('https://example.com/a?b=c')).toBe(true);
    expect(isExternalWebUrl('http://example.com')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'mailto:a@b.c', 'ms-settings:', '']) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });
});
