import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../shared/transfer/exportSchema';

const SCHEMA_FILE = new URL('../../../docs/export.schema.json', import.meta.url);
const REGENERATE = 'UPDATE_EXPORT_SCHEMA=1 npx vitest run src/main/transfer/exportSchema.test.ts';

describe('docs/export.schema.json', () => {
  it('is generated from the export document schema and checked in current', () => {
    const current = exportJsonSchema();
    if (process.env.UPDATE_EXPORT_SCHEMA === '1') fs.writeFileSync(SCHEMA_FILE, current);
    const checkedIn = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(checkedIn === current, `docs/export.schema.json is out of date; regenerate it with:\n  ${REGENERATE}\n`).toBe(true);
  });

  it('describes every section and the header', () => {
    const schema = JSON.parse(exportJsonSchema()) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'settings', 'feedback', 'lessons', 'help', 'requests']));
  });
});
