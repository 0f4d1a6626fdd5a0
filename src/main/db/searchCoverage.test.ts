import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Collaborator } from '../../shared/entities/collaborator';
import { Project } from '../../shared/entities/project';
import { wellFormed } from '../../shared/entities/text';
import { ENTRY_KINDS, KINDS } from '../../shared/kinds';
import { SEARCH_SOURCES } from './migrations/0005-search';

/**
 * Every text a person writes is searchable: this walks each kind's entity schema in the registry
 * (and people's and projects') and fails when a plain-text field is neither in the index nor
 * named below as not being the user's own words.
 */

/** Strings that are not text a person wrote: stamps, names joined from another row, labels made by the app. */
const NOT_WRITTEN_TEXT = new Set(['createdAt', 'updatedAt', 'deletedAt', 'archivedAt', 'collaboratorName', 'projectTitle', 'anchorLabel', 'sourceHref', 'summary']);

/** Where a field nested in an entity is stored, when not in the column named after it. */
const COLUMN_OF: Record<string, string> = { 'anchor.text': 'anchor_text', 'practice[].text': 'practice_items.text' };

type Def = { type: string; format?: string; checks?: unknown[]; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The paths of the plain-text fields of a schema: strings with no format and no pattern (every text is checked to be well-formed). */
function textPaths(schema: z.ZodType, path = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return def.format || (def.checks ?? []).some((check) => check !== wellFormed) ? [] : [path];
    case 'nullable':
    case 'optional':
    case 'default':
      return textPaths(def.innerType as z.ZodType, path);
    case 'array':
      return textPaths(def.element as z.ZodType, `${path}[]`);
    case 'union':
      return [...new Set((def.options ?? []).flatMap((option) => textPaths(option, path)))];
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([key, field]) =>
        NOT_WRITTEN_TEXT.has(key) ? [] : textPaths(field as z.ZodType, path ? `${path}.${key}` : key),
      );
    default:
      return [];
  }
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const columnOf = (path: string) => COLUMN_OF[path] ?? snake(path);

const SCHEMAS = [
  ...ENTRY_KINDS.map((kind) => ({ group: kind, table: KINDS[kind].table, entity: KINDS[kind].schemas.entity })),
  { group: 'person', table: 'collaborators', entity: Collaborator },
  { group: 'project', table: 'projects', entity: Project },
] as const;

describe('the search index', () => {
  it('covers every text field of every kind in the registry, and of people and projects', () => {
    for (const { group, table, entity } of SCHEMAS) {
      const source = SEARCH_SOURCES.find((candidate) => candidate.group === group);
      expect(source, group).toBeDefined();
      expect(source!.table).toBe(table);
      const fields = textPaths(entity);
      expect(fields.length, group).toBeGreaterThan(0);
      for (const field of fields) {
        const column = columnOf(field);
        const covered = column.includes('.') ? column === 'practice_items.text' && group === 'lesson' : source!.columns.includes(column);
        expect(covered, `${group}.${field} (${column}) is text a person writes but is not in the search index`).toBe(true);
      }
    }
  });

  it('has a source for every group search shows, and each its own range of document numbers', () => {
    expect(SEARCH_SOURCES.map((source) => source.group).sort()).toEqual([...ENTRY_KINDS, 'person', 'project'].sort());
    expect(new Set(SEARCH_SOURCES.map((source) => source.code)).size).toBe(SEARCH_SOURCES.length);
  });

  it('would notice a new text field', () => {
    const withMood = (KINDS.request.schemas.entity as z.ZodObject).extend({ mood: (Collaborator.shape.notes as z.ZodType) });
    expect(textPaths(withMood)).toContain('mood');
  });
});

describe('the text-field walk', () => {
  it('finds the text fields as they are today', () => {
    expect(Object.fromEntries(SCHEMAS.map(({ group, entity }) => [group, textPaths(entity)]))).toEqual({
      feedback: ['piece', 'anchor.text', 'body', 'declineReason'],
      lesson: ['topics', 'takeaways', 'practice[].text'],
      help: ['note'],
      request: ['what', 'note'],
      person: ['name', 'notes'],
      project: ['title', 'description'],
    });
  });
});
