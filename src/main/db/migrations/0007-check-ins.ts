import type { Migration } from './types';

/**
 * Check-in cadence per collaborator (person or group): none (both NULL), or every N days, weeks
 * or months, at most five years (src/shared/entities/checkIn.ts, MAX_CHECK_IN); and the day a
 * check-in is snoozed until. Columns on collaborators rather than a table: one optional setting
 * per collaborator, read with them. Last contact is not stored: it follows from the live entries,
 * so edits, deletes, restores and back-dated entries move the due date by themselves.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'check-ins',
  up(db) {
    db.exec(`
      ALTER TABLE collaborators ADD COLUMN check_in_unit TEXT
        CHECK (check_in_unit IS NULL OR check_in_unit IN ('days', 'weeks', 'months'));
      ALTER TABLE collaborators ADD COLUMN check_in_every INTEGER
        CHECK ((check_in_every IS NULL) = (check_in_unit IS NULL) AND (check_in_every IS NULL OR (check_in_every >= 1
          AND check_in_every <= CASE check_in_unit WHEN 'days' THEN 1826 WHEN 'weeks' THEN 260 WHEN 'months' THEN 60 END)));
      ALTER TABLE collaborators ADD COLUMN check_in_snoozed_until TEXT
        CHECK (check_in_snoozed_until IS NULL OR (check_in_snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
          AND date(check_in_snoozed_until) IS check_in_snoozed_until));
    `);
  },
};
