import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../shared/contract';
import { tempLibrary } from '../main/testing/tempLibrary';
import { createBridge, type Send } from './bridge';

describe('the preload bridge', () => {
  it('exposes exactly invoke and the contract method names', () => {
    const bridge = createBridge(() => Promise.resolve(null), METHOD_NAMES);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'methods']);
    expect(bridge.methods).toEqual(METHOD_NAMES);
    expect(Object.isFrozen(bridge.methods)).toBe(true);
  });

  it('refuses a method outside the contract without sending anything', async () => {
    const sent: string[] = [];
    const bridge = createBridge((method) => {
      sent.push(method);
      return Promise.resolve(null);
    }, METHOD_NAMES);
    for (const method of ['projects.drop', '__proto__', 'constructor', '', 42 as unknown as string]) {
      const answer = await bridge.invoke(method, {});
      expect(answer.ok ? null : answer.error.code).toBe('UNKNOWN_METHOD');
    }
    expect(sent).toEqual([]);
  });

  it('carries contract calls to the main process and returns its answers as they are', async () => {
    const library = tempLibrary();
    try {
      // The real dispatcher stands where the main process would be.
      const bridge = createBridge(library.raw, METHOD_NAMES);
      const created = await bridge.invoke('projects.create', { title: 'Night Songs', medium: 'music' });
      expect(created.ok).toBe(true);
      const invalid = await bridge.invoke('projects.create', { title: '' });
      expect(invalid.ok ? null : invalid.error.code).toBe('VALIDATION');
    } finally {
      library.cleanup();
    }
  });

  it('answers input that cannot be sent, and a lost main process, with error values', async () => {
    const cloneFails: Send = () => {
      throw new Error('An object could not be cloned.');
    };
    const unsendable = await createBridge(cloneFails, METHOD_NAMES).invoke('projects.list', { when: () => 1 });
    expect(unsendable.ok ? null : unsendable.error.code).toBe('VALIDATION');

    const gone: Send = () => Promise.reject(new Error('Error invoking remote method: reply was never sent'));
    const lost = await createBridge(gone, METHOD_NAMES).invoke('projects.list', {});
    expect(lost.ok ? null : lost.error.code).toBe('INTERNAL');
  });
});
