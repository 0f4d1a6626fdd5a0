import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../shared/contract';

const bundle = new URL('../../out/preload/index.cjs', import.meta.url);
const built = fs.existsSync(bundle);

/** Cross-realm values (from the vm context) compared as plain data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * Runs the built preload the way a sandboxed renderer does: one CommonJS file whose require
 * knows only 'electron'. Electron itself cannot run here, so a stand-in records what the
 * preload exposes and sends.
 */
async function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const sent: unknown[][] = [];
  const required: string[] = [];
  const electronStandIn = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        sent.push(args);
        return Promise.resolve({ ok: true, value: [] });
      },
    },
  };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electronStandIn;
    throw new Error(`A sandboxed preload cannot require "${name}"`);
  };
  const module = { exports: {} };
  vm.runInNewContext(fs.readFileSync(bundle, 'utf8'), { require: sandboxRequire, module, exports: module.exports }, {
    filename: 'index.cjs',
  });
  return { exposed, sent, required };
}

// npm test builds before running the unit tests, so this checks what would ship.
describe.skipIf(!built)('the built preload, run with a stand-in for Electron (no Electron binary here)', () => {
  it('loads as one CommonJS file that requires nothing but electron', async () => {
    const { required } = await loadPreload();
    expect(required).toEqual(['electron']);
  });

  it('exposes window.counterpoint with exactly invoke and the contract method names', async () => {
    const { exposed } = await loadPreload();
    expect(Object.keys(exposed)).toEqual(['counterpoint']);
    const bridge = exposed.counterpoint as { invoke: unknown; methods: unknown };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'methods']);
    expect(plain(bridge.methods)).toEqual(METHOD_NAMES);
  });

  it('sends contract calls on the one channel and refuses anything else before sending', async () => {
    const { exposed, sent } = await loadPreload();
    const bridge = exposed.counterpoint as { invoke(method: string, input: unknown): Promise<unknown> };
    expect(plain(await bridge.invoke('projects.list', { includeArchived: true }))).toEqual({ ok: true, value: [] });
    expect(plain(sent)).toEqual([['counterpoint:invoke', 'projects.list', { includeArchived: true }]]);
    const refused = plain(await bridge.invoke('ipcRenderer.send', {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(sent).toHaveLength(1);
  });
});
