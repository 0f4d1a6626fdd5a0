import fs from 'node:fs';
import type { z } from 'zod';
import {
  ExportHeader,
  HEADER_FIELDS,
  LATER_SECTIONS,
  SECTIONS,
  SECTION_RECORDS,
  type Section,
} from '../../shared/transfer/exportDocument';
import { ImportProblem, problemOfIssue } from './importProblem';
import { RecordScanner } from './recordScanner';

export interface ExportVisitor {
  /** Called once, before the first record: what the file says it is. */
  header(header: Pick<ExportHeader, 'format' | 'version'>): void;
  /** Each record, validated, in file order; `index` is its place in its section (from 0). */
  record(section: Section, index: number, record: unknown): void;
}

const READ_CHUNK = 1024 * 1024;
const SECTION_SET = new Set<string>(SECTIONS);
const HEADER_SET = new Set<string>(HEADER_FIELDS);

/**
 * Reads an export file record by record, never holding the whole file: the scanner sees it a
 * megabyte at a time and parses one record at a time, records are handed to the visitor one at a
 * time (validated against the app's schemas) and then dropped. Reading is synchronous on purpose: an import is one
 * transaction on the library's only connection, which nothing else may use while it runs.
 * Throws ImportProblem naming the record and field, or the place in the file, on the first problem.
 */
export function readExport(file: string, visitor: ExportVisitor): ExportHeader {
  const header: Record<string, unknown> = {};
  const seenKeys = new Set<string>();
  let headerChecked = false;
  let last: { section: Section; index: number } | undefined;

  const checkHeaderStart = () => {
    if (headerChecked) return;
    for (const field of ['format', 'version'] as const) {
      const parsed = ExportHeader.shape[field].safeParse(header[field]);
      if (!parsed.success) {
        throw new ImportProblem(
          field in header ? (parsed.error.issues[0]?.message ?? `${field} is not valid`) : 'This is not a Counterpoint export: it does not begin with its format and version.',
          { field },
        );
      }
    }
    visitor.header({ format: header.format as ExportHeader['format'], version: header.version as ExportHeader['version'] });
    headerChecked = true;
  };

  const scanner = new RecordScanner({
    key(key) {
      if (!SECTION_SET.has(key) && !HEADER_SET.has(key)) {
        throw new ImportProblem(`The file has a field this format does not know: "${key}".`, { field: key });
      }
      if (seenKeys.has(key)) throw new ImportProblem(`The file has "${key}" twice.`, { field: key });
      seenKeys.add(key);
      return SECTION_SET.has(key);
    },
    value(key, value) {
      header[key] = value;
    },
    element(key, index, value) {
      const section = key as Section;
      checkHeaderStart();
      last = { section, index };
      visitor.record(section, index, validRecord(section, index, value));
    },
    where: () => (last ? `after ${last.section} record ${last.index + 1}` : ''),
  });

  const fd = openFile(file);
  try {
    const buffer = Buffer.alloc(READ_CHUNK);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, READ_CHUNK, null);
      if (read === 0) break;
      scanner.write(buffer.subarray(0, read));
    }
  } finally {
    fs.closeSync(fd);
  }
  if (!scanner.ended) {
    const where = last ? ` after ${last.section} record ${last.index + 1}` : '';
    throw new ImportProblem(`The file ends too soon${where}: it is cut off or not finished. Nothing was imported.`);
  }
  checkHeaderStart();
  for (const section of SECTIONS) {
    // A section added after the format's first release is absent from older exports: read as empty.
    if (!seenKeys.has(section) && !LATER_SECTIONS.includes(section)) {
      throw new ImportProblem(`The file has no "${section}" list.`, { field: section });
    }
  }
  const parsed = ExportHeader.safeParse(header);
  if (!parsed.success) throw problemOfIssue(parsed.error.issues[0]);
  return parsed.data;
}

function validRecord(section: Section, index: number, value: unknown): unknown {
  const schema: z.ZodType = SECTION_RECORDS[section];
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' ? value.id : undefined;
  throw problemOfIssue(parsed.error.issues[0], { section, index, id });
}

function openFile(file: string): number {
  try {
    return fs.openSync(file, 'r');
  } catch (error) {
    throw new ImportProblem(`The file could not be opened: ${(error as Error).message}`);
  }
}
