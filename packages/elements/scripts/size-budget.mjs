// Size budgets of issue 5, checked by `npm test` (`npm run size -w @orderzone/elements`): builds the
// script-tag bundle and `@orderzone/core`'s main entry, prints the brotli size (quality 11) of every
// file and of what each budget covers, and exits 1 when a figure is over its budget. With `--report`
// (what `npm test` runs while the budgets are not met yet) it prints the same and exits 0, so a green
// `npm test` shows no "npm error" lines for a step that is only a report.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli, buildCoreMainEntry, buildStackFloor, coreChunks, kib } from './size-measure.mjs';

const KiB = 1024;
const BUDGETS = { all: 30 * KiB, firstPaint: 15 * KiB, core: 8 * KiB, block: 2 * KiB };
/**
 * The building blocks for a merchant's own page (issue 20): each may add at most `BUDGETS.block`
 * beyond the first paint (its chunk and what that imports statically, minus what the first paint has).
 */
const BLOCKS = ['product-price', 'product-availability', 'add-to-cart-button', 'book-button', 'cart-button', 'cart-count', 'checkout-button'];
const elementsDir = fileURLToPath(new URL('..', import.meta.url));
const bundleDir = join(elementsDir, 'dist/bundle');


execFileSync('npm', ['run', 'build:bundle'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });

// Every file of the bundle, its brotli size and the files it imports (statically, or on demand).
const files = new Map();
for (const name of readdirSync(bundleDir).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))) {
  const code = readFileSync(join(bundleDir, name), 'utf8');
  const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+)["'`]/g)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  files.set(name, { raw: code.length, brotli: brotli(code), statics, dynamics });
}
/** `names` and every file they import statically. */
function closure(names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !files.has(name)) return;
    seen.add(name);
    for (const dep of files.get(name).statics) visit(dep);
  };
  names.forEach(visit);
  return seen;
}
const sum = (names) => [...names].reduce((total, name) => total + files.get(name).brotli, 0);

// The embedded demo backend (order engine + demo catalog) is the chunk that holds createEmbeddedBackend.
const demoBackend = closure(
  [...files.keys()].filter((name) => name !== 'orderzone.mjs' && readFileSync(join(bundleDir, name), 'utf8').includes('embedded-backend')),
);
// A page with `api` (every real shop) fetches the REST adapter and its response schemas at the first
// catalog call, before anything shows: they belong to its first paint even when loaded by import().
// The REST adapter is the file that holds `createRestAdapter` (the file with its `baseUrl` check,
// core's rest-adapter.ts), with everything it imports statically. Its other calls (checkout, orders,
// bookings: core's order-calls.ts, the file that sends the `Idempotency-Key` header, with the order and
// booking schemas) are fetched by import() on the first of them, not for browsing.
const restAdapter = [...files.keys()].filter((name) => readFileSync(join(bundleDir, name), 'utf8').includes('createRestAdapter needs a baseUrl'));
if (restAdapter.length !== 1) throw new Error(`Expected the REST adapter in one file of the bundle, found it in ${restAdapter.length}.`);
const pageStart = closure(['orderzone.js', 'orderzone.mjs']);
const firstPaint = new Set([...pageStart, ...closure(restAdapter)]);
// What only the demo (no api, no adapter) downloads; the schemas it shares with the REST adapter are counted there.
const demoOnly = new Set([...closure([...demoBackend])].filter((name) => !firstPaint.has(name)));
const demoPaint = new Set([...pageStart, ...closure([...demoBackend])]);
const elements = new Set([...files.keys()].filter((name) => !demoOnly.has(name)));

// @orderzone/core's main entry with its dependencies, minified; the parts it loads on demand apart.
const core = coreChunks(await buildCoreMainEntry('core.mjs'));
const coreBrotli = core.entry.reduce((total, chunk) => total + brotli(chunk.code), 0);
const coreOnDemand = core.onDemand.reduce((total, chunk) => total + brotli(chunk.code), 0);
const stackFloor = brotli([await buildStackFloor()].flat().flatMap((out) => out.output).filter((o) => o.type === 'chunk').map((chunk) => chunk.code).join('\n'));

console.log('Script-tag bundle, packages/elements/dist/bundle (minified; brotli quality 11):');
console.log(`  ${'file'.padEnd(48)} ${'minified'.padStart(10)} ${'brotli'.padStart(10)}  loaded`);
for (const [name, file] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
  const when = pageStart.has(name) ? 'first paint' : firstPaint.has(name) ? 'first paint with api (REST adapter)' : demoOnly.has(name) ? 'on demand, demo backend only' : 'on demand';
  console.log(`  ${name.padEnd(48)} ${kib(file.raw).padStart(10)} ${kib(file.brotli).padStart(10)}  ${when}`);
}
// What each element registered on demand adds to the first paint (its chunk and what that imports
// statically, minus what the first paint already has), and each part of the core a zone loads.
const loaderCode = readFileSync(join(bundleDir, 'orderzone.mjs'), 'utf8');
const lazy = [...loaderCode.matchAll(/["']?([a-z]+(?:-[a-z]+)+)["']?:\(\)=>import\(["'`]\.\/([^"'`]+)["'`]\)/g)].map((m) => [m[1], m[2]]);
const beyondFirstPaint = (name) => sum([...closure([name])].filter((file) => !firstPaint.has(file)));
const lazyFile = new Map(lazy);
const blockRows = BLOCKS.map((tag) => {
  const file = lazyFile.get(tag);
  if (!file) throw new Error(`<${tag}> is not loaded on demand by orderzone.mjs: list it in its table of elements.`);
  return [`<${tag}> building block, beyond the first paint (its chunk + static imports)`, beyondFirstPaint(file), BUDGETS.block];
});
const rows = [
  ['script-tag bundle, every element (all files but the demo backend)', sum(elements), BUDGETS.all],
  ['first paint of <order-zone> browsing (loader + module + REST adapter + their static imports)', sum(firstPaint), BUDGETS.firstPaint],
  ['@orderzone/core main entry alone (src/index.ts + its static imports)', coreBrotli, BUDGETS.core],
  ...blockRows,
];
console.log('\nBudgets (brotli):');
let over = 0;
for (const [what, size, budget] of rows) {
  const ok = size <= budget;
  if (!ok) over += 1;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${what.padEnd(92)} ${kib(size).padStart(9)} / ${kib(budget)}${ok ? '' : '  over budget'}`);
}
const met = rows.filter(([, size, budget]) => size <= budget).map(([what]) => what.replace(/ \(.*$/, ''));
console.log(`  ${met.length} of ${rows.length} budgets met${met.length > 0 ? `: ${met.join('; ')}` : ''}`);
console.log(`  info embedded demo backend + demo catalog, loaded on first call when no adapter or api is set ${kib(sum(demoOnly)).padStart(9)}`);
console.log(`  info first paint with the embedded demo backend (the demo, no api) ${''.padEnd(29)}${kib(sum(demoPaint)).padStart(9)}`);
console.log(`  info @orderzone/core parts loaded on demand by zone.load() (checkout, bookings, account) ${''.padEnd(4)}${kib(coreOnDemand).padStart(9)}`);
const parts = [...new Set([...loaderCode.matchAll(/\bimport\(["'`]\.\/(orderzone-(?:checkout|booking-client|booking-price|account)-[A-Za-z0-9_-]{8}\.mjs)["'`]\)/g)].map((m) => m[1]))];
console.log('  info on demand, beyond the first paint:');
for (const [tag, file] of lazy.sort((a, b) => a[0].localeCompare(b[0]))) console.log(`         <${tag}> ${''.padEnd(24 - tag.length)}${kib(beyondFirstPaint(file)).padStart(9)}`);
for (const file of parts.sort()) console.log(`         core part ${file.replace(/^orderzone-|-[^-]+\.mjs$/g, '').padEnd(18)}${kib(beyondFirstPaint(file)).padStart(9)}`);
// What the building blocks fetch only when first used: a press of "Add to cart", the page's own
// drawer and dialogs (their elements apart), the merchant's card template.
for (const file of [...files.keys()].filter((name) => /^orderzone-(add-to-cart|page-dialogs|card-template)-[A-Za-z0-9_-]{8}\.mjs$/.test(name)).sort()) {
  console.log(`  info fetched on first use: ${file.replace(/^orderzone-|-[^-]+\.mjs$/g, '').padEnd(46)}${kib(beyondFirstPaint(file)).padStart(9)}`);
}
console.log(`  info the least a first paint on the fixed stack weighs: Lit, @lit/context, nanostores, zod/mini + catalog schemas${kib(stackFloor).padStart(9)}`);
const reportOnly = process.argv.includes('--report');
if (reportOnly && over > 0) console.log(`  report only: ${over} figure(s) over budget; \`npm run size -w @orderzone/elements\` fails until they are met`);
process.exit(over > 0 && !reportOnly ? 1 : 0);
