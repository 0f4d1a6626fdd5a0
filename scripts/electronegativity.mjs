// Electronegativity (Doyensec's audit of Electron apps) over what Counterpoint ships: its own code
// in src/ (main process, preload, renderer; tests and test helpers left out) and the built
// out/renderer/index.html with its content security policy, compared with the findings reviewed in
// docs/SECURITY.md (docs/electronegativity-reviewed.json). Fails on a finding not reviewed there, on
// a reviewed one no longer reported (so the list says what is true today), and on a file it could
// not read. The sources, not out/'s bundles: Electronegativity 1.10 cannot walk the renderer bundle
// (private class fields), and, as it does for node_modules, it is meant for the app's own code.
// `node scripts/electronegativity.mjs` builds first (for index.html); `--no-build` uses out/ as it is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import run from '@doyensec/electronegativity';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'out', 'renderer', 'index.html');
const reviewedFile = path.join(root, 'docs', 'electronegativity-reviewed.json');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!fs.existsSync(builtIndex)) {
  console.error(`${builtIndex} is not built; run npx electron-vite build`);
  process.exit(1);
}

// What is scanned, in one folder: src/ as it ships (no tests; index.html only as built) and package.json.
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-electronegativity-'));
const shipped = (source) => {
  const relative = path.relative(root, source);
  return !/\.test\.tsx?$/.test(relative) && relative !== path.join('src', 'main', 'testing') && relative !== path.join('src', 'renderer', 'index.html');
};
fs.cpSync(path.join(root, 'src'), path.join(stage, 'src'), { recursive: true, filter: shipped });
fs.mkdirSync(path.join(stage, 'out', 'renderer'), { recursive: true });
fs.copyFileSync(builtIndex, path.join(stage, 'out', 'renderer', 'index.html'));
fs.copyFileSync(path.join(root, 'package.json'), path.join(stage, 'package.json'));

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies.electron.replace(/^[^\d]*/, '');

// Offline: the check that downloads Electron's release list is left out (the version is pinned in
// package.json and upgraded on purpose); Electronegativity's translation lookup warns and goes on.
const options = {
  input: stage,
  isRelative: true,
  isVerbose: true,
  customScan: [],
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  electronVersionOverride: electronVersion,
  parserPlugins: [],
};
let result;
try {
  result = await run(options, false);
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}

const keyOf = (finding) => `${finding.check} · ${finding.file} · ${finding.sample}`;
const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: issue.file,
  line: issue.location.line,
  severity: issue.severity.name ?? String(issue.severity.value),
  confidence: issue.confidence.name ?? String(issue.confidence.value),
  // The first line of the code it points at: bundle-free and stable across unrelated edits, unlike the line number.
  sample: String(issue.sample ?? 'N/A').trim().split('\n')[0].trim(),
  description: issue.description,
}));
const reviewed = JSON.parse(fs.readFileSync(reviewedFile, 'utf8'));
const reviewedKeys = new Map(reviewed.map((entry) => [keyOf(entry), entry]));
const reportedKeys = new Set(findings.map(keyOf));

console.log(`Electronegativity ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@doyensec/electronegativity/package.json'), 'utf8')).version} on src/ and out/renderer/index.html (Electron ${electronVersion}): ${result.globalChecks + result.atomicChecks} checks, ${findings.length} findings`);
for (const error of result.errors) console.log(`  COULD NOT READ ${path.relative(stage, error.file)}: ${error.message}`);
let unreviewed = 0;
for (const finding of findings) {
  const entry = reviewedKeys.get(keyOf(finding));
  if (!entry) unreviewed++;
  console.log(`\n${entry ? 'reviewed' : 'NOT REVIEWED'}  ${finding.check} (${finding.severity}, ${finding.confidence})  ${finding.file}:${finding.line}`);
  console.log(`  ${finding.description}`);
  console.log(`  ${finding.sample.slice(0, 160)}`);
  console.log(entry ? `  kept: ${entry.reason}` : `  add it to ${path.relative(root, reviewedFile)} and docs/SECURITY.md with the reason it is kept, or fix it`);
}
const gone = reviewed.filter((entry) => !reportedKeys.has(keyOf(entry)));
for (const entry of gone) console.log(`\nNO LONGER REPORTED  ${keyOf(entry)}: take it out of ${path.relative(root, reviewedFile)} and docs/SECURITY.md`);

if (unreviewed > 0 || gone.length > 0 || result.errors.length > 0) {
  console.log(`\n${unreviewed} finding(s) not reviewed, ${gone.length} reviewed finding(s) no longer reported, ${result.errors.length} file(s) not read.`);
  process.exit(1);
}
console.log(`\nEvery finding is reviewed in docs/SECURITY.md (${findings.length}).`);
