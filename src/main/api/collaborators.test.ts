import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempLibrary } from '../testing/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.cleanup());

const count = (table: string) => (lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('collaborators', () => {
  it('create people and groups with several roles, list them by name and by role', async () => {
    const zoe = await lib.call('collaborators.create', { name: 'Zoë', roles: ['critic', 'mentor'] });
    expect(zoe).toMatchObject({ name: 'Zoë', kind: 'person', roles: ['mentor', 'critic'], notes: '' });
    await lib.call('collaborators.create', { name: 'the Tuesday band', kind: 'group', roles: ['co-creator'] });
    await lib.call('collaborators.create', { name: 'Ari' });

    expect((await lib.call('collaborators.list', {})).map((c) => c.name)).toEqual(['Ari', 'the Tuesday band', 'Zoë']);
    expect((await lib.call('collaborators.list', { role: 'mentor' })).map((c) => c.name)).toEqual(['Zoë']);
  });

  it('update replaces roles only when roles are given', async () => {
    const lee = await lib.call('collaborators.create', { name: 'Lee', roles: ['peer'] });
    expect((await lib.call('collaborators.update', { id: lee.id, notes: 'mixing engineer' })).roles).toEqual(['peer']);
    expect((await lib.call('collaborators.update', { id: lee.id, roles: ['mentee', 'audience'] })).roles).toEqual(['mentee', 'audience']);
    expect((await lib.call('collaborators.update', { id: lee.id, roles: [] })).roles).toEqual([]);
  });

  it('archive hides a person from the list and restore brings them back, projects intact', async () => {
    const sam = await lib.call('collaborators.create', { name: 'Sam' });
    const project = await lib.call('projects.create', { title: 'Mural', medium: 'painting' });
    await lib.call('projects.addMember', { projectId: project.id, collaboratorId: sam.id, role: 'assistant' });

    await lib.call('collaborators.archive', { id: sam.id });
    expect(await lib.call('collaborators.list', {})).toEqual([]);
    await lib.call('collaborators.restore', { id: sam.id });
    const detail = await lib.call('collaborators.get', { id: sam.id });
    expect(detail.collaborator.archivedAt).toBeNull();
    expect(detail.projects.map((p) => p.role)).toEqual(['assistant']);
  });

  it.each([
    ['no name', { roles: ['peer'] }, 'name'],
    ['a blank name', { name: '  ' }, 'name'],
    ['an unknown role', { name: 'Kim', roles: ['boss'] }, 'roles.0'],
    ['a repeated role', { name: 'Kim', roles: ['peer', 'peer'] }, 'roles'],
    ['an unknown kind', { name: 'Kim', kind: 'robot' }, 'kind'],
    ['an unknown key', { name: 'Kim', email: 'k@example.com' }, ''],
  ])('refuse %s with a typed error and write nothing', async (_name, input, field) => {
    const result = await lib.raw('collaborators.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.issues?.map((i) => i.path)).toContain(field);
    expect(count('collaborators')).toBe(0);
    expect(count('collaborator_roles')).toBe(0);
  });

  it('refuse an unknown method and a non-object input', async () => {
    expect(await lib.raw('collaborators.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await lib.raw('collaborators.create', 'Kim')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await lib.raw('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});

describe('app and settings', () => {
  it('report the library and schema', async () => {
    const info = await lib.call('app.info', {});
    expect(info).toMatchObject({ mode: 'browser', dataDir: lib.dataDir, library: 'own' });
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('update settings with validation and reset them to defaults', async () => {
    const defaults = await lib.call('settings.get', {});
    const changed = await lib.call('settings.update', { window: { width: 1000, height: 700, maximized: true } });
    expect(changed.window).toMatchObject({ width: 1000, height: 700, maximized: true });
    const bad = await lib.raw('settings.update', { window: { width: 10, height: 700, maximized: false } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await lib.call('settings.get', {})).window.width).toBe(1000);
    expect(await lib.call('settings.reset', {})).toEqual(defaults);
  });
});
