// `npm test`: runs every suite of the workspace in turn, streams its output, and ends with one line
// `N passed, N failed` summing them all. Exits non-zero if any suite fails or a step cannot run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each step: a command and how to read its pass/fail counts from the output. */
const steps = [
  { name: 'type check', cmd: ['npx', 'tsc', '-p', 'tsconfig.json'], counts: 'exit' },
  // ESLint (.ci/eslint.config.js): typescript-eslint, Lit, web components, accessibility and the layering.
  { name: 'lint (ESLint)', cmd: ['npm', 'run', 'lint'], counts: 'exit' },
  // No cycle of static imports (types included) between the modules of a package.
  { name: 'no import cycles (packages/*/src)', cmd: ['node', '--test', '--test-reporter=spec', '.ci/import-cycles.test.mjs'], counts: 'node' },
  // Each published entry's exports against its checked-in report (packages/<pkg>/api/*.api.md); `npm run api:update` after a meant change.
  { name: 'public API reports (packages/*/api)', cmd: ['node', '.ci/api-report.mjs'], counts: 'node' },
  // What each published package imports is declared in its package.json, with a range.
  { name: 'declared dependencies of the published packages', cmd: ['node', '.ci/package-deps.mjs'], counts: 'node' },
  // The core's tests under c8: fails below the floor of covered lines in packages/core/package.json ("c8").
  { name: '@orderzone/core (node, line coverage floor)', cmd: ['npm', 'run', 'coverage', '-w', '@orderzone/core'], counts: 'node' },
  { name: '@orderzone/embedded-backend (node)', cmd: ['npm', 'test', '-w', '@orderzone/embedded-backend'], counts: 'node' },
  // On PGlite and on the PostgreSQL server of ORDERZONE_TEST_DATABASE_URL (default: the local one).
  { name: '@orderzone/server (node, PGlite and PostgreSQL)', cmd: ['npm', 'test', '-w', '@orderzone/server'], counts: 'node' },
  // With --coverage: fails below coverageConfig.threshold in packages/elements/web-test-runner.config.mjs.
  { name: '@orderzone/elements (Chromium, line coverage floor)', cmd: ['npm', 'run', 'coverage', '-w', '@orderzone/elements'], counts: 'wtr' },
  { name: 'Custom Elements Manifest (custom-elements.json)', cmd: ['npm', 'run', 'test:manifest', '-w', '@orderzone/elements'], counts: 'node' },
  { name: 'demo shop end to end (Chromium)', cmd: ['npm', 'test', '-w', '@orderzone/example-shop'], counts: 'node' },
  { name: 'theming example end to end (Chromium)', cmd: ['npm', 'test', '-w', '@orderzone/example-theming'], counts: 'node' },
  { name: 'React example end to end (Chromium)', cmd: ['npm', 'test', '-w', '@orderzone/example-react'], counts: 'node' },
  { name: 'Vue example end to end (Chromium)', cmd: ['npm', 'test', '-w', '@orderzone/example-vue'], counts: 'node' },
  { name: 'script-tag example under a strict CSP (Chromium)', cmd: ['npm', 'test', '-w', '@orderzone/example-script-tag'], counts: 'node' },
  { name: 'merchant page with building blocks end to end (Chromium)', cmd: ['npm', 'test', '-w', '@orderzone/example-merchant-page'], counts: 'node' },
  // npm pack of each published package, installed into fresh apps outside the workspace (npm registry).
  { name: 'packed packages in fresh React, Vue, Node, server and script-tag apps (Chromium)', cmd: ['node', '--import', 'tsx', '--test', '--test-reporter=spec', '.ci/consumers.e2e.ts'], counts: 'node' },
  { name: 'release dry run (changeset version, npm publish --dry-run)', cmd: ['node', '--import', 'tsx', '--test', '--test-reporter=spec', '.ci/release-dry-run.test.ts'], counts: 'node' },
  // Issue 16's budgets (brotli q11): each figure within its ceiling (the goal once met, else the figure
  // reached so far). `npm run size -w @orderzone/elements` prints every file and figure.
  { name: 'size budgets (brotli q11)', cmd: ['npm', 'run', 'test:size', '-w', '@orderzone/elements'], counts: 'node' },
  { name: 'API reference (typedoc, warnings fail)', cmd: ['npm', 'run', 'docs'], counts: 'exit' },
];

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n━━━ ${step.name}: ${step.cmd.join(' ')}`);
    const child = spawn(step.cmd[0], step.cmd.slice(1), { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

/** Pass/fail counts as the step's runner printed them. */
function countsOf(step, { code, output }) {
  const clean = stripVTControlCharacters(output);
  if (step.counts === 'node') {
    const pass = [...clean.matchAll(/^[ℹ#] pass (\d+)/gm)].at(-1);
    const fail = [...clean.matchAll(/^[ℹ#] fail (\d+)/gm)].at(-1);
    if (pass && fail) return { passed: Number(pass[1]), failed: Number(fail[1]) };
  } else if (step.counts === 'wtr') {
    const m = [...clean.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    if (m) return { passed: Number(m[1]), failed: Number(m[2]) };
  }
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

let passed = 0;
let failed = 0;
let broken = false;
const summary = [];
/** Steps that printed npm's own "npm error" lines: a green run has none (they read as a failure). */
const npmErrors = [];
for (const step of steps) {
  const result = await run(step);
  if (/^npm (error|ERR!)/m.test(result.output)) npmErrors.push(step.name);
  if (step.counts === 'report') {
    summary.push(`info ${step.name}: exit ${result.code}, not counted (${result.seconds}s)`);
    continue;
  }
  const counts = countsOf(step, result);
  // A runner that exits non-zero with no failing test (crash, compile error) still fails the run.
  if (result.code !== 0 && counts.failed === 0) counts.failed = 1;
  if (result.code !== 0) broken = true;
  passed += counts.passed;
  failed += counts.failed;
  summary.push(`${result.code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${result.seconds}s)`);
}

if (failed === 0 && !broken && npmErrors.length > 0) {
  // A step whose npm script exited non-zero though nothing failed (a report that is not a test):
  // fix the step (exit 0) rather than teach people to read past "npm error".
  for (const name of npmErrors) summary.push(`FAIL ${name}: printed "npm error" lines in a run where every test passed`);
  failed += npmErrors.length;
}

console.log('\n━━━ summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
