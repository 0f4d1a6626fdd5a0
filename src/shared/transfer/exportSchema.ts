import { z } from 'zod';
import { ExportDocument } from './exportDocument';

/** The export document's JSON Schema, as checked in at docs/export.schema.json. */
export function exportJsonSchema(): string {
  const schema = z.toJSONSchema(ExportDocument, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://counterpoint.invalid/export.schema.json',
      title: 'Counterpoint export',
      description: 'One Counterpoint library: every project, person, membership and entry (docs/EXPORT.md).',
    },
    null,
    2,
  )}\n`;
}
