import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempLibrary } from '../testing/tempLibrary';
import { answerInvoke } from './invokeGate';

let library: ReturnType<typeof tempLibrary> | undefined;
afterEach(() => {
  library?.cleanup();
  library = undefined;
});

const projectCount = (lib: ReturnType<typeof tempLibrary>) =>
  (lib.db.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n;

describe('the IPC handler body', () => {
  it('refuses an untrusted sender with an error value and writes nothing', async () => {
    library = tempLibrary();
    const answer = await answerInvoke(library.raw, {
      trusted: false,
      method: 'projects.create',
      input: { title: 'Sneaky' },
    });
    expect(answer).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
    expect(projectCount(library)).toBe(0);
  });

  it('passes a trusted call to the real dispatcher and returns its value', async () => {
    library = tempLibrary();
    const answer = await answerInvoke(library.raw, {
      trusted: true,
      method: 'projects.create',
      input: { title: 'Night Songs', medium: 'music' },
    });
    expect(answer.ok).toBe(true);
    expect(projectCount(library)).toBe(1);
  });

  it("keeps the dispatcher's error values intact (code and field issues)", async () => {
    library = tempLibrary();
    const answer = await answerInvoke(library.raw, { trusted: true, method: 'projects.create', input: { title: '', extra: 1 } });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.details?.issues?.length).toBeGreaterThan(0);
    expect(projectCount(library)).toBe(0);
  });

  it('answers a missing or non-text method name with UNKNOWN_METHOD', async () => {
    library = tempLibrary();
    for (const method of [undefined, 42, { name: 'projects.list' }]) {
      const answer = await answerInvoke(library.raw, { trusted: true, method, input: {} });
      expect(answer.ok ? null : answer.error.code).toBe('UNKNOWN_METHOD');
    }
    const unknown = await answerInvoke(library.raw, { trusted: true, method: 'projects.drop', input: {} });
    expect(unknown.ok ? null : unknown.error.code).toBe('UNKNOWN_METHOD');
  });

  it('turns a failure outside the dispatcher into an INTERNAL value instead of a rejection', async () => {
    const broken = () => Promise.reject(new Error('connection lost'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await answerInvoke(broken, { trusted: true, method: 'projects.list', input: {} });
    expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
