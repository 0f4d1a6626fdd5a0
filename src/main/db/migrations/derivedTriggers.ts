/** A row inside a trigger: the one written (NEW) or the one it replaced (OLD). */
export type TriggerRow = 'NEW' | 'OLD';

/**
 * The three triggers that keep a derived table in step with every write to its source, whichever
 * code path made it: an insert adds the row, a delete takes it away, and an update of any column the
 * table reads (`changed`) takes the old row away and adds the new one.
 */
export function keptInStep(
  name: string,
  source: string,
  changed: readonly string[],
  add: (row: TriggerRow) => string,
  take: (row: TriggerRow) => string,
): string {
  return `
  CREATE TRIGGER ${name}_after_insert AFTER INSERT ON ${source}
  BEGIN ${add('NEW')}
  END;
  CREATE TRIGGER ${name}_after_delete AFTER DELETE ON ${source}
  BEGIN ${take('OLD')}
  END;
  CREATE TRIGGER ${name}_after_update AFTER UPDATE OF ${changed.join(', ')} ON ${source}
  BEGIN ${take('OLD')}${add('NEW')}
  END;`;
}
