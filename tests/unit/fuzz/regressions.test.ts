import { afterEach, describe, expect, it } from 'vitest';
import { fuzzHost, type FuzzHost } from './fuzzHost';

/** Defects the boundary fuzzer found, each kept as the payload that showed it. */
describe('found by the fuzzer', () => {
  let host: FuzzHost | undefined;
  afterEach(() => host?.cleanup());

  it('export.save refuses a file name with NUL or a line break, before any dialog (it answered INTERNAL when the copy failed)', async () => {
    host = await fuzzHost('2026-03-15');
    const file = host.pools.files[0]!;
    const before = host.checksum();
    for (const name of ['a\u0000b', 'a\nb.json']) {
      const result = await host.raw('export.save', { file, name });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'name' }] } } });
    }
    expect(host.dialogsShown()).toBe(0);
    expect(host.checksum()).toBe(before);
    // The file still waits to be saved.
    expect(await host.raw('export.save', { file, name: 'counterpoint.json' })).toMatchObject({ ok: true });
  });
});
