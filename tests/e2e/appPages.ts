import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENTRY_KINDS, KINDS, newEntryHref, type EntryKind } from '../../src/shared/kinds';
import { QUESTIONNAIRE } from '../../src/shared/selfAssessment/questionnaire';
import type { AppServer } from './server';

/**
 * Every page of the app, read from src/renderer/src/routes.tsx and the kind registry, so a page
 * added there is visited by the suites that walk them all (accessibility, screenshots) without a
 * list of our own. routes.tsx is read as text: it is a React module the tests cannot load. A route
 * whose path this file cannot read, or whose ':param' it cannot fill, fails loudly with what to add.
 */
const ROUTES_FILE = fileURLToPath(new URL('../../src/renderer/src/routes.tsx', import.meta.url));

/** A path expression of kindRoutes(kind) in routes.tsx, for one kind. */
function kindPath(expression: string, kind: EntryKind): string {
  const { paths } = KINDS[kind];
  const field = (name: string) => {
    const value = (paths as Record<string, string>)[name];
    if (value === undefined) throw new Error(`routes.tsx: KINDS.${kind}.paths has no "${name}"`);
    return value;
  };
  if (expression === 'newEntryHref(kind)') return newEntryHref(kind);
  const plain = /^paths\.(\w+)$/.exec(expression);
  if (plain?.[1]) return field(plain[1]);
  const template = /^`(.*)`$/.exec(expression);
  if (template?.[1] !== undefined) return template[1].replace(/\$\{paths\.(\w+)\}/g, (_, name: string) => field(name));
  throw new Error(`tests/e2e/appPages.ts cannot read the route path ${expression} in routes.tsx: teach kindPath() its form`);
}

/**
 * A constant routes.tsx imports for a path (`PLAN_LESSON_HREF`): its string, read from the module
 * routes.tsx imports it from (`export const NAME = '…'`).
 */
function importedPath(source: string, name: string): string {
  const from = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'([^']+)'`).exec(source)?.[1];
  const file = from && fileURLToPath(new URL(`${from}.ts`, new URL('.', `file://${ROUTES_FILE}`)));
  const value = file && fs.existsSync(file) ? new RegExp(`export const ${name} = '([^']*)'`).exec(fs.readFileSync(file, 'utf8'))?.[1] : undefined;
  if (value === undefined) throw new Error(`tests/e2e/appPages.ts cannot find the path ${name} that routes.tsx imports: keep it a string constant`);
  return value;
}

/** Every route pattern ('/projects/:id', '*', …), each once. */
export function routePatterns(): string[] {
  const source = fs.readFileSync(ROUTES_FILE, 'utf8');
  const patterns = new Set<string>();
  // A quoted path, a template, or a name or call (`paths.list`, `newEntryHref(kind)`); not the
  // AppRoute interface's own `path: string`.
  for (const match of source.matchAll(/\bpath:\s*('[^']*'|`[^`]*`|[\w.]+(?:\(\w*\))?)/g)) {
    const expression = match[1] ?? '';
    if (expression === 'string') continue;
    const literal = /^'([^']*)'$/.exec(expression);
    if (literal?.[1] !== undefined) patterns.add(literal[1]);
    else if (/^[A-Z][A-Z0-9_]*$/.test(expression)) patterns.add(importedPath(source, expression));
    else for (const kind of ENTRY_KINDS) patterns.add(kindPath(expression, kind));
  }
  return [...patterns];
}

export const NOT_FOUND_PATH = '/no-such-page';

/** The pages that need no id, in route order: what an empty library can show. */
export function pagesWithoutIds(): string[] {
  return routePatterns().map((pattern) => (pattern === '*' ? NOT_FOUND_PATH : pattern)).filter((path) => !path.includes(':'));
}

interface Listed {
  id: string;
  source?: string;
}

const firstId = (items: Listed[], what: string): string => {
  const id = items[0]?.id;
  if (id === undefined) throw new Error(`the library has no ${what} to open its pages with`);
  return id;
};

/**
 * Where an id for a route's ':id' comes from, by the route's first segment: the library's first
 * project, person, or entry of the kind whose pages start there.
 */
async function idSources(server: AppServer): Promise<Map<string, () => Promise<string>>> {
  const sources = new Map<string, () => Promise<string>>([
    ['projects', async () => firstId((await server.api('projects.list', {})) as Listed[], 'project')],
    ['people', async () => firstId((await server.api('collaborators.list', {})) as Listed[], 'person')],
  ]);
  for (const kind of ENTRY_KINDS) {
    const segment = KINDS[kind].paths.entry.split('/')[1] ?? '';
    sources.set(segment, async () => {
      const { items } = (await server.api(KINDS[kind].listMethod, {})) as { items: Listed[] };
      // The ledger's list (help's) holds derived rows too; help's own pages show only the help rows.
      return firstId(items.filter((item) => item.source === undefined || item.source === kind), `${kind} entry`);
    });
  }
  // The sample library holds no self-assessment: one is taken (every statement "agree") to open its result page.
  sources.set('self-assessment', async () => {
    let id = '';
    for (const { id: itemId } of QUESTIONNAIRE.items) {
      id = ((await server.api('selfAssessments.answer', { itemId, answer: 4 })) as Listed).id;
    }
    await server.api('selfAssessments.complete', { id });
    return id;
  });
  return sources;
}

/** Every page of the app, ids filled from the library on `server` (the sample library has one of each). */
export async function everyPage(server: AppServer): Promise<string[]> {
  const sources = await idSources(server);
  const ids = new Map<string, string>();
  const pages: string[] = [];
  for (const pattern of routePatterns()) {
    if (pattern === '*') {
      pages.push(NOT_FOUND_PATH);
      continue;
    }
    const segments = pattern.split('/');
    const filled: string[] = [];
    for (const segment of segments) {
      if (!segment.startsWith(':')) {
        filled.push(segment);
        continue;
      }
      const area = segments[1] ?? '';
      const source = sources.get(area);
      if (!source) throw new Error(`No id for the route ${pattern}: add where to find one to idSources() in tests/e2e/appPages.ts`);
      const id = ids.get(area) ?? (await source());
      ids.set(area, id);
      filled.push(id);
    }
    pages.push(filled.join('/'));
  }
  return pages;
}
