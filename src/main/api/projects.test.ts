import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempLibrary } from '../testing/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.cleanup());

const count = (table: string) => (lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('projects', () => {
  it('create, read, update, archive and restore a project', async () => {
    const created = await lib.call('projects.create', { title: '  Night Album ', medium: 'music', status: 'active', startDate: '2026-01-10' });
    expect(created).toMatchObject({ title: 'Night Album', medium: 'music', status: 'active', startDate: '2026-01-10', endDate: null, archivedAt: null, memberCount: 0 });

    const updated = await lib.call('projects.update', { id: created.id, status: 'paused', description: 'Side B' });
    expect(updated).toMatchObject({ title: 'Night Album', status: 'paused', description: 'Side B', startDate: '2026-01-10' });

    const archived = await lib.call('projects.archive', { id: created.id });
    expect(archived.archivedAt).not.toBeNull();
    expect(await lib.call('projects.list', {})).toEqual([]);
    expect((await lib.call('projects.list', { includeArchived: true })).map((p) => p.id)).toEqual([created.id]);

    const restored = await lib.call('projects.restore', { id: created.id });
    expect(restored.archivedAt).toBeNull();
    expect((await lib.call('projects.list', { status: 'paused' })).map((p) => p.id)).toEqual([created.id]);
    expect(await lib.call('projects.list', { status: 'active' })).toEqual([]);
  });

  it.each([
    ['an empty title', { title: '   ', medium: 'music' }, 'title', 'Title is required'],
    ['an unknown medium', { title: 'X', medium: 'sculpting-with-sound' }, 'medium', undefined],
    ['an unknown key', { title: 'X', medium: 'music', colour: 'red' }, '', 'Unrecognized key'],
    ['an impossible date', { title: 'X', medium: 'music', startDate: '2026-02-30' }, 'startDate', 'That day does not exist'],
    ['an end before the start', { title: 'X', medium: 'music', startDate: '2026-05-01', endDate: '2026-04-01' }, 'endDate', 'cannot be before'],
    ['a title that is too long', { title: 'x'.repeat(201), medium: 'music' }, 'title', 'at most 200'],
  ])('refuse %s with a field message and write nothing', async (_name, input, field, message) => {
    const result = await lib.raw('projects.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const issue = result.error.details?.issues?.find((i) => i.path === field);
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toContain(message);
    expect(count('projects')).toBe(0);
  });

  it('refuse an update that puts the end before the stored start, leaving the project as it was', async () => {
    const project = await lib.call('projects.create', { title: 'Canvas', medium: 'painting', startDate: '2026-03-01' });
    const result = await lib.raw('projects.update', { id: project.id, endDate: '2026-02-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await lib.call('projects.get', { id: project.id })).project.endDate).toBeNull();
  });

  it('answer NOT_FOUND for an id that does not exist', async () => {
    const result = await lib.raw('projects.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await lib.raw('projects.get', { id: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('put people on a project with roles, change a role, and take them off', async () => {
    const project = await lib.call('projects.create', { title: 'Short film', medium: 'film', status: 'active' });
    const ana = await lib.call('collaborators.create', { name: 'Ana', roles: ['peer'] });
    const ben = await lib.call('collaborators.create', { name: 'Ben', roles: ['mentor', 'critic'] });

    await lib.call('projects.addMember', { projectId: project.id, collaboratorId: ana.id, role: 'editor' });
    const withBoth = await lib.call('projects.addMember', { projectId: project.id, collaboratorId: ben.id, role: 'script doctor' });
    expect(withBoth.members.map((m) => [m.collaborator.name, m.role])).toEqual([
      ['Ana', 'editor'],
      ['Ben', 'script doctor'],
    ]);
    expect(withBoth.project.memberCount).toBe(2);

    const duplicate = await lib.raw('projects.addMember', { projectId: project.id, collaboratorId: ana.id, role: 'x' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const renamed = await lib.call('projects.updateMember', { projectId: project.id, collaboratorId: ana.id, role: 'colourist' });
    expect(renamed.members.find((m) => m.collaborator.id === ana.id)?.role).toBe('colourist');

    const anaDetail = await lib.call('collaborators.get', { id: ana.id });
    expect(anaDetail.projects.map((p) => [p.project.title, p.role])).toEqual([['Short film', 'colourist']]);

    const afterRemove = await lib.call('projects.removeMember', { projectId: project.id, collaboratorId: ben.id });
    expect(afterRemove.members.map((m) => m.collaborator.name)).toEqual(['Ana']);
    expect(await lib.raw('projects.removeMember', { projectId: project.id, collaboratorId: ben.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuse a member who does not exist, writing nothing', async () => {
    const project = await lib.call('projects.create', { title: 'Zine', medium: 'writing' });
    const result = await lib.raw('projects.addMember', {
      projectId: project.id,
      collaboratorId: '00000000-0000-4000-8000-000000000001',
      role: '',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count('project_members')).toBe(0);
  });

  describe('the people in a project\'s log', () => {
    const setUp = async () => {
      const project = await lib.call('projects.create', { title: 'Harbour Lights', medium: 'music', status: 'active' });
      const other = await lib.call('projects.create', { title: 'Other', medium: 'music' });
      const person = async (name: string) => (await lib.call('collaborators.create', { name })).id;
      return { project: project.id, other: other.id, person };
    };
    const feedbackOn = (collaboratorId: string, projectId: string) =>
      lib.call('feedback.create', { direction: 'received', collaboratorId, projectId, kind: 'critique', body: 'A note' });

    it('list everyone with live entries on it who is not on it, most entries first, counted by kind', async () => {
      const { project, other, person } = await setUp();
      const anna = await person('Anna');
      const ben = await person('Ben');
      const cara = await person('Cara');
      const fay = await person('Fay');
      await feedbackOn(anna, project);
      await feedbackOn(anna, project);
      await lib.call('requests.create', { askedBy: 'them', collaboratorId: anna, projectId: project, what: 'A second listen' });
      await lib.call('lessons.create', { collaboratorId: ben, projectId: project, topics: 'Voicing' });
      await lib.call('help.create', { direction: 'given', collaboratorId: ben, projectId: project, benefit: 'growth' });
      await lib.call('projects.addMember', { projectId: project, collaboratorId: ben, role: 'producer' });
      await feedbackOn(cara, other);
      await lib.call('feedback.create', { direction: 'given', collaboratorId: cara, kind: 'critique', body: 'No project' });
      await lib.call('help.create', { direction: 'received', collaboratorId: fay, projectId: project, benefit: 'knowledge' });

      const found = await lib.call('projects.peopleInLog', { id: project });
      // Anna's feedback is also in the ledger as derived exchanges: each entry counts once.
      expect(found.map(({ collaborator, entries }) => [collaborator.name, entries])).toEqual([
        ['Anna', { feedback: 2, lesson: 0, help: 0, request: 1, total: 3 }],
        ['Fay', { feedback: 0, lesson: 0, help: 1, request: 0, total: 1 }],
      ]);
      expect((await lib.call('projects.peopleInLog', { id: other })).map((p) => p.collaborator.name)).toEqual(['Cara']);

      await lib.call('projects.addMember', { projectId: project, collaboratorId: anna, role: '' });
      expect((await lib.call('projects.peopleInLog', { id: project })).map((p) => p.collaborator.name)).toEqual(['Fay']);
    });

    it('count every kind of entry that can be on a project', async () => {
      const { project, person } = await setUp();
      const mira = await person('Mira');
      await feedbackOn(mira, project);
      await lib.call('lessons.create', { collaboratorId: mira, projectId: project, topics: 'Form' });
      await lib.call('help.create', { direction: 'given', collaboratorId: mira, projectId: project, benefit: 'perspective' });
      await lib.call('requests.create', { askedBy: 'me', collaboratorId: mira, projectId: project, what: 'Notes on the mix' });
      const [found] = await lib.call('projects.peopleInLog', { id: project });
      expect(found?.entries).toEqual({ feedback: 1, lesson: 1, help: 1, request: 1, total: 4 });
    });

    it('leave out deleted entries and archived people, and bring them back on restore', async () => {
      const { project, person } = await setUp();
      const dan = await person('Dan');
      const eve = await person('Eve');
      const entry = await feedbackOn(dan, project);
      await lib.call('help.create', { direction: 'given', collaboratorId: eve, projectId: project, benefit: 'growth' });
      await lib.call('feedback.delete', { id: entry.id });
      await lib.call('collaborators.archive', { id: eve });
      expect(await lib.call('projects.peopleInLog', { id: project })).toEqual([]);

      await lib.call('feedback.restore', { id: entry.id });
      await lib.call('collaborators.restore', { id: eve });
      expect((await lib.call('projects.peopleInLog', { id: project })).map((p) => p.collaborator.name)).toEqual(['Dan', 'Eve']);
    });

    it('answer NOT_FOUND for a project that does not exist', async () => {
      const result = await lib.raw('projects.peopleInLog', { id: '00000000-0000-4000-8000-000000000002' });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });
});
