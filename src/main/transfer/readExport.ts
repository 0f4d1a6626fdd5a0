import fs from 'node:fs';
import { TokenParser, Tokenizer, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import type { z } from 'zod';
import {
  ExportHeader,
  HEADER_FIELDS,
  SECTIONS,
  SECTION_RECORDS,
  type Section,
} from '../../shared/transfer/exportDocument';
import { ImportProblem, problemOfIssue } from './importProblem';

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
 * Reads an export file record by record, never holding the whole file: the tokenizer sees it a
 * megabyte at a time, records are handed to the visitor one at a time (validated against the
 * app's schemas) and then dropped. Reading is synchronous on purpose: an import is one
 * transaction on the library's only connection, which nothing else may use while it runs.
 * Throws ImportProblem naming the record and field, or the place in the file, on the first problem.
 */
export function readExport(file: string, visitor: ExportVisitor): ExportHeader {
  const header: Record<string, unknown> = {};
  const shapes = new Map<string, 'array' | 'other'>();
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

  const tokenizer = new Tokenizer();
  const parser = new TokenParser({
    paths: [...HEADER_FIELDS.map((field) => `$.${field}`), ...SECTIONS.map((section) => `$.${section}.*`)],
    keepStack: false,
  });
  // Tracks the root object's keys and what kind of value each holds, which the value stream
  // alone cannot show (an unknown key, or a section that is not a list).
  let depth = 0;
  let rootKey: string | undefined;
  let expectKey = false;
  tokenizer.onToken = (info: ParsedTokenInfo) => {
    const { token } = info;
    if (depth === 0 && token !== TokenType.LEFT_BRACE && token !== TokenType.SEPARATOR) {
      throw new ImportProblem('This is not a Counterpoint export: the file does not hold a JSON object.');
    }
    if (depth === 1) {
      if (expectKey && token === TokenType.STRING) {
        rootKey = String(info.value);
        if (!SECTION_SET.has(rootKey) && !HEADER_SET.has(rootKey)) {
          throw new ImportProblem(`The file has a field this format does not know: "${rootKey}".`, { field: rootKey });
        }
        if (shapes.has(rootKey)) throw new ImportProblem(`The file has "${rootKey}" twice.`, { field: rootKey });
        expectKey = false;
      } else if (token === TokenType.COMMA) {
        expectKey = true;
      } else if (rootKey !== undefined && token !== TokenType.COLON && !shapes.has(rootKey)) {
        shapes.set(rootKey, token === TokenType.LEFT_BRACKET ? 'array' : 'other');
        if (SECTION_SET.has(rootKey) && token !== TokenType.LEFT_BRACKET) {
          throw new ImportProblem(`"${rootKey}" must be a list of records.`, { field: rootKey });
        }
      }
    }
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      depth += 1;
      if (depth === 1) expectKey = true;
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      depth -= 1;
    }
    parser.write(info);
  };
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) {
      header[String(key)] = value;
      return;
    }
    const section = stack[1]?.key as Section;
    checkHeaderStart();
    const index = Number(key);
    last = { section, index };
    visitor.record(section, index, validRecord(section, index, value));
  };

  const fd = openFile(file);
  try {
    const buffer = Buffer.alloc(READ_CHUNK);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, READ_CHUNK, null);
      if (read === 0) break;
      try {
        tokenizer.write(buffer.subarray(0, read));
      } catch (error) {
        throw asProblem(error, last);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  if (!parser.isEnded) {
    const where = last ? ` after ${last.section} record ${last.index + 1}` : '';
    throw new ImportProblem(`The file ends too soon${where}: it is cut off or not finished. Nothing was imported.`);
  }
  checkHeaderStart();
  for (const section of SECTIONS) {
    if (!shapes.has(section)) throw new ImportProblem(`The file has no "${section}" list.`, { field: section });
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

function asProblem(error: unknown, last: { section: Section; index: number } | undefined): Error {
  if (error instanceof ImportProblem) return error;
  if (error instanceof Error && /Tokenizer|Parser|Unexpected/.test(`${error.name} ${error.message}`)) {
    const where = last ? ` (after ${last.section} record ${last.index + 1})` : '';
    return new ImportProblem(`The file is not valid JSON${where}: ${error.message}`);
  }
  return error as Error;
}
