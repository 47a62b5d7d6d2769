// What the size budgets of issue 5 are made of (`npm run size:composition -w @orderzone/elements [-- <pattern>]`):
// builds the script-tag bundle and @orderzone/core's main entry in memory, as size-budget.ts does,
// and prints for every file (or those whose name matches <pattern>) its minified and brotli size and
// the source modules in it, largest first, by their length after tree-shaking and before
// minification. Brotli cannot be split per module; a module's share of the file is a fair estimate.
// Reports only; size-budget.ts is the check.
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { chunksOf } from './minified-build.ts';
import { brotli, buildCoreMainEntry, kib } from './size-measure.ts';

const elementsDir = fileURLToPath(new URL('..', import.meta.url));
const pattern = process.argv[2] ? new RegExp(process.argv[2]) : undefined;
const shortId = (id: string): string => id.replace(/^.*\/node_modules\//, '').replace(/^.*\/packages\//, '').replace(/\?.*$/, '');

function print(chunk: Rolldown.OutputChunk): void {
  const modules = Object.entries(chunk.modules).map(([id, m]): [string, number] => [shortId(id), m.renderedLength]).filter(([, length]) => length > 0);
  const total = modules.reduce((sum, [, length]) => sum + length, 0);
  console.log(`\n${chunk.fileName}: ${kib(chunk.code.length)} minified, ${kib(brotli(chunk.code))} brotli`);
  if (chunk.imports.length > 0) console.log(`  imports ${chunk.imports.join(', ')}`);
  for (const [id, length] of modules.sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(length).padStart(7)} ${`${((100 * length) / total).toFixed(0)}%`.padStart(4)}  ${id}`);
  }
}

process.chdir(elementsDir);
const bundle = await build({ configFile: 'vite.bundle.config.ts', logLevel: 'silent', build: { write: false } });
const core = await buildCoreMainEntry('core-main-entry.mjs');
for (const chunk of [...chunksOf(bundle), ...core].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
  if (!pattern || pattern.test(chunk.fileName)) print(chunk);
}
