import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RendererLocation } from './rendererLocation';
import { isTrustedSender, type SenderFacts, type TrustedWindow } from './senderCheck';

const file = path.resolve('/opt/counterpoint/out/renderer/index.html');
const location: RendererLocation = { kind: 'file', file };
const window: TrustedWindow = { webContentsId: 7, mainFrame: { processId: 4, routingId: 1 }, location };
const fromOurPage: SenderFacts = {
  webContentsId: 7,
  frame: { processId: 4, routingId: 1, url: `${pathToFileURL(file).href}#/projects`, isMainFrame: true },
};

describe('who may call the API over IPC', () => {
  it("is our window's top-level frame showing our page", () => {
    expect(isTrustedSender(fromOurPage, window)).toBe(true);
  });

  it('is not another window', () => {
    expect(isTrustedSender({ ...fromOurPage, webContentsId: 8 }, window)).toBe(false);
  });

  it('is not a subframe, even one in the same process', () => {
    const frame = { ...fromOurPage.frame!, routingId: 2, isMainFrame: false };
    expect(isTrustedSender({ ...fromOurPage, frame }, window)).toBe(false);
    expect(isTrustedSender({ ...fromOurPage, frame: { ...fromOurPage.frame!, isMainFrame: false } }, window)).toBe(false);
  });

  it('is not a frame of an earlier or other document (different process or routing id)', () => {
    expect(isTrustedSender({ ...fromOurPage, frame: { ...fromOurPage.frame!, processId: 5 } }, window)).toBe(false);
    expect(isTrustedSender({ ...fromOurPage, frame: { ...fromOurPage.frame!, routingId: 3 } }, window)).toBe(false);
  });

  it('is not our window after it ended up on another page', () => {
    const frame = { ...fromOurPage.frame!, url: 'https://example.com/' };
    expect(isTrustedSender({ ...fromOurPage, frame }, window)).toBe(false);
  });

  it('is nobody when the frame is gone or there is no window', () => {
    expect(isTrustedSender({ ...fromOurPage, frame: null }, window)).toBe(false);
    expect(isTrustedSender(fromOurPage, null)).toBe(false);
  });
});
