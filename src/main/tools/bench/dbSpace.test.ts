import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempLibrary } from '../../testing/tempLibrary';
import { measureDbSpace } from './dbSpace';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.cleanup());

describe('measureDbSpace', () => {
  it('gives every table and index of the library its bytes', () => {
    const space = measureDbSpace(lib.db, 1);
    expect(space).not.toBeNull();
    const names = space?.entries.map((entry) => entry.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['exchanges', 'exchanges_by_collaborator', 'feedback']));
    expect(space?.entries.find((entry) => entry.name === 'exchanges_by_collaborator')).toMatchObject({ kind: 'index', table: 'exchanges' });
  });

  it('names an index whose columns lead another index over the same rows, not one over more rows', () => {
    lib.db.exec('CREATE INDEX feedback_by_collaborator_again ON feedback (collaborator_id, date) WHERE deleted_at IS NULL');
    // Every feedback index holds only live rows, so a full index on the person is not covered by any.
    lib.db.exec('CREATE INDEX feedback_by_collaborator_all ON feedback (collaborator_id)');
    const redundant = (measureDbSpace(lib.db, 1)?.redundant ?? []).filter((index) => index.table === 'feedback');
    expect(redundant).toEqual([
      expect.objectContaining({ index: 'feedback_by_collaborator_again', coveredBy: 'feedback_by_collaborator', columns: ['collaborator_id', 'date'] }),
    ]);
  });
});
