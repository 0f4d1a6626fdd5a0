import type { Migration } from './types';

/**
 * A lesson can be planned ahead: lessons.status says whether it was held, is still planned or was
 * cancelled. Every lesson written before this step happened, so the column's default is 'held' and
 * no row is rewritten (ADD COLUMN with a constant default leaves the pages as they are). Only a
 * held lesson is an exchange: db/ledger.ts derives no rows for the others. The partial index reads
 * the planned ones in date order for the Upcoming page and the calendar file.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'lesson status: planned, held, cancelled',
  up(db) {
    db.exec(`
      ALTER TABLE lessons ADD COLUMN status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('planned', 'held', 'cancelled'));
      CREATE INDEX lessons_planned ON lessons (date, created_at, id) WHERE status = 'planned' AND deleted_at IS NULL;
    `);
  },
};
