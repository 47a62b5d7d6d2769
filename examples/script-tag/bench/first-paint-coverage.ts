/**
 * What the first paint ships and the first screen never runs (`npm run coverage:first-paint -w
 * @orderzone/example-script-tag`; `--no-build` reuses `packages/elements/dist/bundle`, `--json <file>`
 * also writes every figure and range). Never a test: it prints figures, it asserts nothing.
 *
 * Builds the script-tag bundle, serves the script-tag page with `api` (the test server's `/api` over
 * the demo shop) and drives Debian's Chromium through what a shopper does on the first screen: the
 * page loads, scroll, search, a category, the filter panel, the next page, a card hovered, the other
 * language, a product opened and added to the cart. It does so twice, a Chinese page at 1280 px and
 * an English page at 390 px, and counts as used whatever either run used. Meanwhile the Chrome
 * DevTools Protocol collects
 * - block coverage of every script (`Profiler.startPreciseCoverage`, `detailed: true`), taken after
 *   each step, so the report says which code each step first ran and which files it loaded;
 * - CSS rule usage (`CSS.startRuleUsageTracking`) of every stylesheet, Lit's adopted ones included.
 *
 * The bytes of the first paint's files (`chunks.json`'s `firstPaint.api` and `firstPaint.messages`
 * of both languages, `orderzone.mjs`, the loader) that no step ran are mapped back to their source
 * modules with the source maps of the same build made in memory (`sourcemap: 'hidden'`: the same
 * code, checked byte for byte). A stylesheet's unused rules are found in the bundle's code by their
 * text, then mapped the same way. Figures are minified characters (the JS minifier's output), not
 * brotli: brotli cannot be split by range.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../../.ci/chromium.ts';
import type { BundleManifest } from '../../../packages/elements/scripts/bundle-manifest.ts';
import { chunksOf } from '../../../packages/elements/scripts/minified-build.ts';
import { serve, type StaticServer } from '../test/static-server.ts';

const elementsDir = fileURLToPath(new URL('../../../packages/elements', import.meta.url));
const bundleDir = `${elementsDir}/dist/bundle`;
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
/** `--ranges <pattern>`: also print each range of 20 characters or more that never ran, of the sources matching it. */
const rangesOf = args.includes('--ranges') ? new RegExp(args[args.indexOf('--ranges') + 1] ?? '.') : undefined;

/** A byte range of a file's code with what runs it (`count` > 0: ran at least once). */
interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

/** What the protocol says of one script's coverage. */
interface ScriptCoverage {
  url: string;
  functions: { ranges: CoverageRange[] }[];
}

interface RuleUsage {
  styleSheetId: string;
  startOffset: number;
  endOffset: number;
  used: boolean;
}

/** A file of the bundle, by name: which of its characters ran in any run, and its code. */
interface FileUse {
  code: string;
  used: Uint8Array;
}

const fileName = (url: string): string | undefined => /\/orderzone\/([^/?#]+)$/.exec(url)?.[1];

/** Per character of a script, whether the innermost range holding it ran (ranges sorted outer first). */
function markUsed(script: ScriptCoverage, into: Uint8Array): void {
  const ranges = script.functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  const count = new Int32Array(into.length).fill(-1);
  for (const range of ranges) count.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, into.length));
  for (let i = 0; i < into.length; i++) if (count[i] === 1) into[i] = 1;
}

const countOnes = (used: Uint8Array): number => used.reduce((sum, x) => sum + x, 0);

/** One shopper's first screen, step by step; each step waits until the picker is no longer busy. */
async function firstScreen(page: Page, step: (name: string, action: () => Promise<unknown>) => Promise<void>, otherLocale: string): Promise<void> {
  const picker = page.locator('order-zone product-picker');
  const settle = async (): Promise<void> => {
    await picker.locator('.results[aria-busy="false"]').waitFor();
    await page.waitForTimeout(400);
  };
  await step('the page loads', async () => {
    await picker.locator('article .price').first().waitFor();
    await settle();
  });
  await step('scroll', async () => {
    for (let y = 0; y < 4000; y += 400) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(50);
    }
    await page.mouse.wheel(0, -8000);
    await settle();
  });
  await step('search', async () => {
    const box = picker.locator('input[type="search"]');
    await box.fill('tea');
    await box.press('Enter');
    await settle();
    await box.fill('');
    await box.press('Enter');
    await settle();
  });
  await step('a category', async () => {
    await picker.locator('.categories button[aria-pressed="false"]').nth(1).click();
    await settle();
  });
  await step('the filter panel', async () => {
    await picker.locator('.filters-toggle').click();
    await page.waitForTimeout(600);
    await picker.locator('.filters-toggle').click();
    await settle();
  });
  await step('the next page', async () => {
    await picker.locator('.categories button').first().click();
    await settle();
    await picker.locator('.pagination button').last().click();
    await settle();
  });
  await step('a card hovered', async () => {
    await picker.locator('article').first().hover();
    await page.waitForTimeout(400);
  });
  await step('the other language', async () => {
    await page.locator('order-zone').evaluate((zone, locale) => zone.setAttribute('locale', locale), otherLocale);
    await page.waitForFunction((locale) => document.querySelector('order-zone')?.getAttribute('lang') === locale, otherLocale);
    await settle();
  });
  await step('a product added to the cart', async () => {
    await picker.locator('article .card-link').first().click();
    const add = page.locator('order-zone').getByRole('button', { name: /Add to cart|加入购物车/ });
    await add.click();
    await page.locator('order-zone .cart-badge').waitFor();
    await page.waitForTimeout(800);
  });
}

/** What one run saw: scripts' coverage by file, stylesheets' text and rule usage, files loaded per step. */
async function run(browser: Browser, server: StaticServer, path: string, width: number, locale: string, otherLocale: string, files: Map<string, FileUse>, css: Map<string, { text: string; used: Uint8Array; rules: [number, number][] }>, stepLog: Map<string, { files: Set<string>; ran: number }>): Promise<void> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const loaded: string[] = [];
  page.on('request', (request) => {
    const name = fileName(request.url());
    if (name) loaded.push(name);
  });
  const sheets = new Map<string, string>();
  cdp.on('CSS.styleSheetAdded', ({ header }: { header: { styleSheetId: string } }) => sheets.set(header.styleSheetId, ''));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await cdp.send('CSS.startRuleUsageTracking');
  const usedOf = (name: string, code: string): Uint8Array => {
    const known = files.get(name);
    if (known) return known.used;
    const use = { code, used: new Uint8Array(code.length) };
    files.set(name, use);
    return use.used;
  };
  const take = async (): Promise<number> => {
    const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
    let ran = 0;
    for (const script of result) {
      const name = fileName(script.url);
      if (!name) continue;
      const code = readFileSync(`${bundleDir}/${name}`, 'utf8');
      const used = usedOf(name, code);
      const before = countOnes(used);
      markUsed(script, used);
      ran += countOnes(used) - before;
    }
    return ran;
  };
  const step = async (name: string, action: () => Promise<unknown>): Promise<void> => {
    const from = loaded.length;
    await action();
    const ran = await take();
    const entry = stepLog.get(name) ?? { files: new Set<string>(), ran: 0 };
    for (const file of loaded.slice(from)) entry.files.add(file);
    entry.ran += ran;
    stepLog.set(name, entry);
  };
  await page.goto(server.url + path);
  await firstScreen(page, step, otherLocale);
  const { ruleUsage } = (await cdp.send('CSS.stopRuleUsageTracking')) as { ruleUsage: RuleUsage[] };
  for (const id of sheets.keys()) {
    try {
      sheets.set(id, ((await cdp.send('CSS.getStyleSheetText', { styleSheetId: id })) as { text: string }).text);
    } catch {
      sheets.delete(id);
    }
  }
  // The same stylesheet text in both runs (or twice in one, as for the zone's two pickers) is one entry.
  const byId = new Map<string, { text: string; used: Uint8Array; rules: [number, number][] }>();
  for (const [id, text] of sheets) {
    if (!text) continue;
    const entry = css.get(text) ?? { text, used: new Uint8Array(text.length), rules: [] };
    css.set(text, entry);
    byId.set(id, entry);
  }
  // The protocol lists the rules used only: the sheet's own text gives the others.
  for (const entry of new Set(byId.values())) if (entry.rules.length === 0) entry.rules = styleRules(entry.text);
  for (const rule of ruleUsage) {
    const entry = byId.get(rule.styleSheetId);
    if (entry && rule.used) entry.used.fill(1, rule.startOffset, rule.endOffset);
  }
  await context.close();
}

/**
 * The style rules of a stylesheet's text as written by the minifier (no comments), as ranges from the
 * selector to the closing brace, the way the protocol reports a rule's usage; rules inside `@media`,
 * `@container`, `@supports` and `@layer` included, those of `@keyframes`, `@font-face` and `@property`
 * left out (they are not matched against elements).
 */
function styleRules(text: string): [number, number][] {
  const rules: [number, number][] = [];
  const skipBlock = (from: number): number => {
    let depth = 0;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (c === '"' || c === "'") i = text.indexOf(c, i + 1);
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
    }
    return text.length;
  };
  const walk = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      while (i < to && /[\s}]/.test(text[i]!)) i++;
      if (i >= to) return;
      const open = text.indexOf('{', i);
      const semicolon = text.indexOf(';', i);
      if (open < 0 || open >= to) return;
      if (semicolon >= 0 && semicolon < open && text[i] === '@') {
        i = semicolon + 1; // @import, @layer a, b;
        continue;
      }
      const end = skipBlock(open);
      const prelude = text.slice(i, open).trim();
      if (/^@(media|container|supports|layer|scope|starting-style)/.test(prelude)) walk(open + 1, end - 1);
      else if (!prelude.startsWith('@')) rules.push([i, end]);
      i = end;
    }
  };
  walk(0, text.length);
  return rules;
}

/** Maps a file's character offsets to source modules with its source map. */
function sourceLookup(code: string, map: TraceMap): (offset: number) => { source: string; line: number } | undefined {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lines = decodedMappings(map);
  const short = (source: string | null): string => (source ?? '?').replace(/^.*\/node_modules\//, '').replace(/^.*\/packages\//, '').replace(/\?.*$/, '');
  return (offset) => {
    let line = lineStarts.length - 1;
    let lo = 0;
    while (lo < line) {
      const mid = (lo + line + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else line = mid - 1;
    }
    line = lo;
    const column = offset - lineStarts[line]!;
    const segments = lines[line] ?? [];
    let found: (typeof segments)[number] | undefined;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    if (!found || found.length < 4) return undefined;
    return { source: short(map.sources[found[1]!] ?? null), line: found[2]! + 1 };
  };
}

if (!args.includes('--no-build')) {
  console.log('Building the script-tag bundle (npm run build:bundle -w @orderzone/elements)…');
  execFileSync('npm', ['run', '--silent', 'build:bundle'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });
}
const chunks = JSON.parse(readFileSync(`${bundleDir}/chunks.json`, 'utf8')) as BundleManifest;
const firstPaintFiles = ['orderzone.js', 'orderzone.mjs', ...chunks.firstPaint.api, ...Object.values(chunks.firstPaint.messages).flat()];

// The same build in memory with source maps: the code must be the very code served.
process.chdir(elementsDir);
const built = await build({ configFile: 'vite.bundle.config.ts', logLevel: 'silent', build: { write: false, sourcemap: 'hidden' } });
const maps = new Map<string, TraceMap>();
for (const output of chunksOf(built)) {
  if (!output.map) continue;
  const served = readFileSync(`${bundleDir}/${output.fileName}`, 'utf8');
  if (served !== output.code) throw new Error(`${output.fileName}: the in-memory build differs from dist/bundle; build again (drop --no-build).`);
  maps.set(output.fileName, new TraceMap(output.map as ConstructorParameters<typeof TraceMap>[0]));
}

const server = await serve();
const browser = await launchChromium();
const files = new Map<string, FileUse>();
const css = new Map<string, { text: string; used: Uint8Array; rules: [number, number][] }>();
const stepLog = new Map<string, { files: Set<string>; ran: number }>();
try {
  await run(browser, server, 'test/api-zh.html', 1280, 'zh-CN', 'en-US', files, css, stepLog);
  await run(browser, server, 'test/api.html', 390, 'en-US', 'zh-CN', files, css, stepLog);
} finally {
  await browser.close();
  await server.close();
}

const pad = (x: string | number, n: number): string => String(x).padStart(n);
console.log('\nWhat each step ran for the first time (minified characters of every file, both runs) and the files that arrived during it\n(asked for by the step, or preloaded by the page meanwhile):');
for (const [name, { files: loaded, ran }] of stepLog) {
  const later = [...loaded].filter((f) => !firstPaintFiles.includes(f));
  console.log(`  ${name.padEnd(28)} ${pad(ran, 7)}  ${later.length > 0 ? later.join(', ') : '(no file beyond the first paint)'}`);
}

const bySource = new Map<string, { size: number; unused: number }>();
const report: { files: unknown[]; sources: unknown[]; css: unknown[]; messageKeys?: unknown[] } = { files: [], sources: [], css: [] };
console.log('\nThe first paint\'s files: ran, never ran (minified characters):');
let totalSize = 0;
let totalUnused = 0;
const unusedRanges: string[] = [];
for (const name of firstPaintFiles) {
  const use = files.get(name);
  const code = use?.code ?? readFileSync(`${bundleDir}/${name}`, 'utf8');
  const used = use?.used ?? new Uint8Array(code.length);
  const unused = code.length - countOnes(used);
  totalSize += code.length;
  totalUnused += unused;
  console.log(`  ${name.padEnd(46)} ${pad(code.length, 7)} ${pad(code.length - unused, 7)} ${pad(unused, 7)} (${((100 * unused) / code.length).toFixed(0)} % unused)${use ? '' : ', never loaded'}`);
  report.files.push({ name, size: code.length, unused });
  const map = maps.get(name);
  const lookup = map ? sourceLookup(code, map) : undefined;
  let gap: { from: number; where: string } | undefined;
  for (let i = 0; i <= code.length; i++) {
    const hit = i < code.length ? lookup?.(i) : undefined;
    const source = hit?.source ?? `${name} (no source map)`;
    if (i < code.length) {
      const entry = bySource.get(source) ?? { size: 0, unused: 0 };
      entry.size++;
      if (!used[i]) entry.unused++;
      bySource.set(source, entry);
    }
    // Runs of unused code of one source, printed with where they start.
    const inRun = i < code.length && !used[i] && rangesOf?.test(source);
    if (gap && (!inRun || !gap.where.startsWith(`${source}:`))) {
      if (i - gap.from >= 20) unusedRanges.push(`  ${gap.where} (${i - gap.from}): ${code.slice(gap.from, Math.min(i, gap.from + 160))}`);
      gap = undefined;
    }
    if (inRun && !gap) gap = { from: i, where: `${source}:${hit?.line ?? '?'}` };
  }
}
console.log(`  ${'all'.padEnd(46)} ${pad(totalSize, 7)} ${pad(totalSize - totalUnused, 7)} ${pad(totalUnused, 7)} (${((100 * totalUnused) / totalSize).toFixed(0)} % unused)`);

if (rangesOf) console.log(`\nRanges that never ran, of the sources matching ${rangesOf}:\n${unusedRanges.join('\n')}`);
console.log('\nBy source module, most unused first (minified characters: in the first paint, never ran):');
const sources = [...bySource].sort((a, b) => b[1].unused - a[1].unused);
for (const [source, { size, unused }] of sources) {
  report.sources.push({ source, size, unused });
  if (unused >= 150) console.log(`  ${pad(size, 7)} ${pad(unused, 7)} ${pad(`${((100 * unused) / size).toFixed(0)} %`, 5)}  ${source}`);
}

// Stylesheets: a rule's text found in a first-paint file's code tells the source module that holds it.
console.log('\nStylesheets with their rules the first screen never matched (characters of rule text):');
const firstPaintCode = firstPaintFiles.map((name) => ({ name, code: files.get(name)?.code ?? readFileSync(`${bundleDir}/${name}`, 'utf8') }));
const whereIs = (text: string): string | undefined => {
  for (const { name, code } of firstPaintCode) {
    const at = code.indexOf(text);
    if (at < 0) continue;
    const map = maps.get(name);
    const hit = map ? sourceLookup(code, map)(at) : undefined;
    return hit ? `${hit.source}:${hit.line}` : name;
  }
  return undefined;
};
for (const { text, used, rules } of css.values()) {
  const unusedRules = rules.filter(([s, e]) => used.subarray(s, e).every((x) => x === 0)).map(([s, e]) => text.slice(s, e).trim());
  const anchor = text.slice(0, 60);
  const source = whereIs(text.slice(0, 40)) ?? whereIs(unusedRules[0] ?? '\0');
  if (!source) continue; // a stylesheet of an element on demand, or of the page
  const unusedChars = unusedRules.reduce((sum, rule) => sum + rule.length, 0);
  report.css.push({ source, size: text.length, unusedChars, unusedRules });
  console.log(`  ${source}: ${text.length} characters, ${rules.length} rules, ${unusedRules.length} never matched (${unusedChars} characters) [${anchor.replace(/\s+/g, ' ')}…]`);
  for (const rule of unusedRules) console.log(`      ${rule.length > 140 ? `${rule.slice(0, 140)}…` : rule}`);
}
// Messages: a catalog's code all runs (an object literal), so coverage cannot tell which the first screen shows. A key no
// code of the first paint names is shown by an element on demand, built from parts (`error.${code}`, plurals), or by nothing.
console.log('\nMessages of the first paint that no first-paint code names (a key built from parts, such as error.<code> or a plural, is named nowhere):');
const firstPaintJs = firstPaintCode.filter(({ name }) => !Object.values(chunks.firstPaint.messages).flat().includes(name));
const otherJs = readdirSync(bundleDir)
  .filter((name) => name.endsWith('.mjs') && !firstPaintFiles.includes(name))
  .map((name) => ({ name, code: readFileSync(`${bundleDir}/${name}`, 'utf8') }));
const names = (code: string, key: string): boolean => ['`', '"', "'"].some((quote) => code.includes(`${quote}${key}${quote}`));
const messageKeys: { key: string; namedBy: string[] }[] = [];
for (const name of chunks.firstPaint.messages['zh-CN'] ?? []) {
  for (const [, key] of readFileSync(`${bundleDir}/${name}`, 'utf8').matchAll(/"([\w.-]+)":/g)) {
    if (!key || firstPaintJs.some(({ code }) => names(code, key))) continue;
    const namedBy = otherJs.filter(({ code }) => names(code, key)).map(({ name: other }) => other);
    messageKeys.push({ key, namedBy });
    console.log(`  ${key.padEnd(34)} ${namedBy.length > 0 ? namedBy.join(', ') : '(named nowhere)'}`);
  }
}
report.messageKeys = messageKeys;
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify(report, null, 1));
  console.log(`\nEvery figure: ${jsonOut}`);
}
