/**
 * The architecture (docs/ARCHITECTURE.md), checked by `npm run lint`. One rule per part: what the
 * part's code may import from src/. Type-only imports count like any other (tsPreCompilationDeps),
 * so a type cannot smuggle in a dependency the part may not have, or close a circle.
 */

// Tests and their helpers may reach across parts to set a scene; nothing else may import them.
const TEST_CODE = '(\\.test\\.tsx?$|^src/main/testing/|[/.](fixtures|testing)\\.ts$)';

/** A part: where its files are, and the parts (by folder pattern) its code may import. */
const parts = [
  { name: 'contract', path: '^src/shared/', may: ['src/shared/'] },
  { name: 'analysis', path: '^src/main/analysis/', may: ['src/shared/', 'src/main/analysis/'] },
  { name: 'data', path: '^src/main/db/', may: ['src/shared/', 'src/main/analysis/', 'src/main/db/'] },
  // Export and import: the library's records in and out of files. Below the API, beside the data part.
  { name: 'transfer', path: '^src/main/transfer/', may: ['src/shared/', 'src/main/db/', 'src/main/transfer/'] },
  {
    name: 'api',
    path: '^src/main/api/',
    may: ['src/shared/', 'src/main/analysis/', 'src/main/db/', 'src/main/transfer/', 'src/main/api/'],
  },
  // The transfer part's folder of files on their way in or out (an upload, a download).
  { name: 'transport', path: '^src/main/transport/', may: ['src/shared/', 'src/main/api/', 'src/main/transfer/', 'src/main/transport/'] },
  { name: 'sample', path: '^src/main/sample/', may: ['src/shared/', 'src/main/analysis/', 'src/main/api/', 'src/main/sample/'] },
  {
    name: 'host',
    path: '^src/main/host/',
    // The transfer part for its folder of files, which the start's sweep of leftovers covers.
    may: ['src/shared/', 'src/main/db/', 'src/main/transfer/', 'src/main/api/', 'src/main/transport/', 'src/main/sample/', 'src/main/host/'],
  },
  {
    name: 'shell',
    path: '^src/main/(index\\.ts$|shell/)',
    may: ['src/shared/', 'src/main/db/', 'src/main/api/', 'src/main/transport/', 'src/main/host/', 'src/main/shell/'],
  },
  {
    name: 'tools',
    path: '^src/main/tools/',
    may: [
      'src/shared/',
      'src/main/analysis/',
      'src/main/db/',
      'src/main/transfer/',
      'src/main/api/',
      'src/main/sample/',
      'src/main/host/',
      // The bench serves its library over the app's own HTTP transport (tools/bench/backend.ts).
      'src/main/transport/',
      'src/main/tools/',
    ],
  },
  { name: 'preload', path: '^src/preload/', may: ['src/shared/', 'src/preload/'] },
  { name: 'ui', path: '^src/renderer/', may: ['src/shared/', 'src/renderer/'] },
];

const escape = (folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const partRules = parts.map(({ name, path, may }) => ({
  name: `${name}-imports`,
  comment: `${name} (${path}) may import from src/ only: ${may.join(', ')}`,
  severity: 'error',
  from: { path, pathNot: TEST_CODE },
  to: { path: '^src/', pathNot: `^(${may.map(escape).join('|')})` },
}));

export default {
  forbidden: [
    ...partRules,
    {
      name: 'no-circular',
      comment: 'No import circles, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tests-stay-in-tests',
      comment: 'Only tests import tests, their fixtures and src/main/testing.',
      severity: 'error',
      from: { pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'pure-parts-do-no-io',
      comment: 'The contract is bundled into the preload and the renderer, and the pattern engine is pure: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/(shared|main/analysis)/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-parts-use-zod-only',
      comment: 'The contract and the pattern engine depend on no package but zod.',
      severity: 'error',
      from: { path: '^src/(shared|main/analysis)/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: '(^|/)node_modules/zod/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports are dependencies too: they are what closed the old 17-file circle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Resolve packages the way Node and the bundler do: through their "exports" (conf has nothing else).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^out/' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
