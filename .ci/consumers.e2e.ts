/**
 * The packages as npm serves them: each published package is packed (`npm pack`, which builds it
 * through its `prepack`) and installed from its tarball into fresh apps in a temporary folder outside
 * the workspace, the rest from the npm registry:
 * - the tarballs themselves: README, LICENSE, CHANGELOG, built JS with `.d.ts` and source maps, every
 *   `exports` and `bin` target, the dependencies each package imports declared, nothing of tests;
 * - a React 19 + Vite app (the code of examples/react) under a strict `tsc`, built and driven in Chromium;
 * - a Vue 3 + Vite app (the code of examples/vue) under `vue-tsc`, built and driven in Chromium;
 * - a Node app on the core (with the embedded backend, no elements) under a strict `tsc` with no DOM lib;
 * - a Node app on the server: an embedded PGlite database migrated with the SQL the package ships;
 * - a plain page with the script tag pointing into the installed package, served as a CDN serves it.
 * Prints (never checks) the brotli size of the JavaScript each browser app loads for its first screen.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchChromium, openShopperPage } from './chromium.ts';
import { createApp, packAll, packageDir, PUBLISHED, readJson, repoRoot, run, serveStatic, workspaceRange, type StaticServer, type Workbench } from './consumers/harness.ts';
import { fillCheckout, LI_LEI } from './checkout-shoppers.ts';
import { sharedCartScenario } from './shared-cart-scenario.ts';

const consumers = join(repoRoot, '.ci/consumers');
const ORDER_NUMBER = /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
let bench: Workbench;

before(async () => {
  bench = await packAll();
});

after(() => bench?.remove());

/** The files of a tarball, without the leading `package/`. */
function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
}

interface PackageJson {
  name: string;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  repository?: unknown;
  homepage?: string;
  bugs?: unknown;
  engines?: Record<string, string>;
  unpkg?: string;
  jsdelivr?: string;
}

/** Every file an `exports` target names (patterns expanded against the tarball's files). */
function exportTargets(pkg: PackageJson, files: string[]): { entry: string; file: string }[] {
  const targets: { entry: string; file: string }[] = [];
  for (const [entry, value] of Object.entries(pkg.exports)) {
    const conditions = typeof value === 'string' ? { default: value } : value;
    for (const [condition, target] of Object.entries(conditions)) {
      if (condition === '@orderzone/source') continue;
      const path = target.replace(/^\.\//, '');
      if (!path.includes('*')) {
        targets.push({ entry, file: path });
        continue;
      }
      const [before, after] = [path.slice(0, path.indexOf('*')), path.slice(path.lastIndexOf('*') + 1)];
      const matches = files.filter((f) => f.startsWith(before) && f.endsWith(after));
      assert.ok(matches.length > 0, `${pkg.name} ${entry} (${condition}) matches files`);
    }
  }
  return targets;
}

/**
 * The packages a built file imports: bare specifiers of `import`/`export … from` and `import()`
 * (comments left out). A declaration file's import of `x` is satisfied by `@types/x` too.
 */
function bareImports(text: string, declarations: boolean): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!))
    .map((name) => (declarations && !name.startsWith('@') ? `@types/${name}|${name}` : name));
}

describe('the tarballs', () => {
  for (const name of PUBLISHED) {
    it(`${name}: README, LICENSE, CHANGELOG, built JS with types and source maps, every export and bin, its imports declared, no tests`, (t) => {
      const files = tarballFiles(bench.tarballs[name]);
      const pkg = readJson<PackageJson>(join(packageDir(name), 'package.json'));
      for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts', 'dist/index.js.map']) assert.ok(files.includes(file), `${name} ships ${file}`);
      assert.equal(readFileSync(join(packageDir(name), 'LICENSE'), 'utf8'), readFileSync(join(repoRoot, 'LICENSE'), 'utf8'), 'the LICENSE is the repository\'s');
      const readme = readFileSync(join(packageDir(name), 'README.md'), 'utf8');
      assert.match(readme, new RegExp(`npm install [^\\n]*${name}`), 'the README says how to install it');
      assert.match(readme, /docs\//, 'the README links to the docs');
      assert.deepEqual(files.filter((f) => /\.test\.|\/testing\/|fixture|\.tsbuildinfo$/i.test(f)), [], 'nothing of tests or fixtures');
      for (const { entry, file } of exportTargets(pkg, files)) assert.ok(files.includes(file), `${name} exports ${entry}: ${file} is in the tarball`);
      for (const field of [pkg.main, pkg.types]) assert.ok(field && files.includes(field.replace(/^\.\//, '')), `${name} main/types fallback ${field}`);
      assert.ok(pkg.repository && pkg.homepage && pkg.bugs && pkg.engines?.node, `${name} has repository, homepage, bugs and engines`);
      for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.startsWith('dist/bundle/'))) {
        assert.ok(files.includes(`${file}.map`), `${file} has its source map`);
      }
      // Runtime dependencies are ranges, and each package declares every package its built code imports.
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) assert.match(range, /^[\^~>]/, `${name}: ${dep} is a range (${range})`);
      const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
      const dir = packageDir(name);
      const imported = new Set(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/bundle/') && /\.(js|d\.ts)$/.test(f)).flatMap((f) => bareImports(readFileSync(join(dir, f), 'utf8'), f.endsWith('.d.ts'))));
      const undeclared = [...imported].filter((dep) => !dep.split('|').some((candidate) => declared.has(candidate)));
      assert.deepEqual(undeclared.sort(), [], `${name} declares what it imports`);
      const bins = Object.entries(pkg.bin ?? {});
      const missing = bins.filter(([, path]) => !existsSync(join(dir, path)));
      if (missing.length > 0) {
        t.skip(`bin ${missing.map(([command, path]) => `${command} (${path})`).join(', ')} not in the repository yet`);
        return;
      }
      for (const [command, path] of bins) assert.ok(files.includes(path.replace(/^\.\//, '')), `${name} ships its bin ${command}`);
    });
  }

  it('@orderzone/elements: the script-tag bundle (loader, module, chunks) with its integrity values, at the path its unpkg and jsdelivr fields name', () => {
    const files = tarballFiles(bench.tarballs['@orderzone/elements']);
    const pkg = readJson<PackageJson>(join(packageDir('@orderzone/elements'), 'package.json'));
    assert.equal(pkg.unpkg, 'dist/bundle/orderzone.js');
    assert.equal(pkg.jsdelivr, 'dist/bundle/orderzone.js');
    const bundle = files.filter((f) => f.startsWith('dist/bundle/'));
    const chunks = bundle.filter((f) => /\/orderzone-.+\.mjs$/.test(f));
    assert.ok(bundle.includes('dist/bundle/orderzone.js') && bundle.includes('dist/bundle/orderzone.mjs') && chunks.length > 10, bundle.join(', '));
    const integrity = readJson<Record<string, string>>(join(packageDir('@orderzone/elements'), 'dist/bundle/integrity.json'));
    assert.deepEqual(Object.keys(integrity).sort(), bundle.filter((f) => /\.m?js$/.test(f)).map((f) => f.slice('dist/bundle/'.length)).sort(), 'integrity.json covers every file');
    for (const value of Object.values(integrity)) assert.match(value, /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.ok(files.includes('custom-elements.json'));
  });
});

/** The brotli size (quality 11) of every JavaScript file a page loads until `ready` resolves, in KiB. */
async function firstScreenJs(page: Page, url: string, ready: () => Promise<unknown>): Promise<{ kib: number; files: number }> {
  // A response whose body cannot be read (a preload the page dropped) loaded no code: it counts as nothing.
  const bodies: Promise<Buffer | undefined>[] = [];
  page.on('response', (response) => {
    if (/\.m?js(\?|$)/.test(response.url())) bodies.push(response.body().catch(() => undefined));
  });
  await page.goto(url);
  await ready();
  const read = (await Promise.all(bodies)).filter((body): body is Buffer => body !== undefined);
  const sizes = read.map((body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  return { kib: sizes.reduce((a, b) => a + b, 0) / 1024, files: sizes.length };
}

/** Builds a Vite app with its own Vite and serves `dist/`. */
async function buildAndServe(dir: string): Promise<StaticServer> {
  await run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
  return serveStatic(join(dir, 'dist'));
}

/** The app of an example: its index.html and src/ (all but `skip`), under the consumer's own configs. */
function exampleFiles(example: string, skip: string[] = []): [string, string][] {
  const src = join(repoRoot, 'examples', example, 'src');
  return [[join(repoRoot, 'examples', example, 'index.html'), 'index.html'], ...readdirSync(src).filter((f) => !skip.includes(f)).map((f): [string, string] => [join(src, f), `src/${f}`])];
}

function configs(app: string, files: string[]): [string, string][] {
  return files.map((f) => [join(consumers, app, f), f]);
}

async function sharedCartInChromium(dir: string, framework: 'React' | 'Vue'): Promise<void> {
  const server = await buildAndServe(dir);
  const browser = await launchChromium();
  try {
    await sharedCartScenario({ url: server.url, browser, newPage: ({ locale = 'en-US' } = {}) => openShopperPage(browser, locale), close: async () => undefined }, framework);
    const { page } = await openShopperPage(browser, 'en-US');
    const size = await firstScreenJs(page, server.url, () => page.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).waitFor());
    console.log(`info ${framework} app (examples/${framework.toLowerCase()} on the tarballs): first screen loads ${size.files} JS files, ${size.kib.toFixed(1)} KiB brotli (q11), ${framework} itself included`);
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('a React 19 + Vite app', () => {
  let dir: string;
  before(async () => {
    dir = await createApp(bench, {
      name: 'react',
      orderzone: ['@orderzone/core', '@orderzone/elements', '@orderzone/embedded-backend'],
      dependencies: Object.fromEntries(['@nanostores/react', 'react', 'react-dom'].map((n) => [n, workspaceRange(n)])),
      devDependencies: Object.fromEntries(['@types/react', '@types/react-dom', 'typescript', 'vite'].map((n) => [n, workspaceRange(n)])),
      copy: [...exampleFiles('react'), ...configs('react', ['tsconfig.json', 'vite.config.ts', 'src/type-checks.tsx'])],
    });
  });

  it('type-checks under a strict tsc, every tag typed by @orderzone/elements/react and wrong uses rejected', async () => {
    await run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
  });

  it('builds, shares one cart between the elements and React, and places an order in Chromium', async () => {
    await sharedCartInChromium(dir, 'React');
  });
});

describe('a Vue 3 + Vite app', () => {
  let dir: string;
  before(async () => {
    dir = await createApp(bench, {
      name: 'vue',
      orderzone: ['@orderzone/core', '@orderzone/elements', '@orderzone/embedded-backend'],
      dependencies: Object.fromEntries(['@nanostores/vue', 'vue'].map((n) => [n, workspaceRange(n)])),
      devDependencies: { ...Object.fromEntries(['@vitejs/plugin-vue', 'typescript', 'vite'].map((n) => [n, workspaceRange(n)])), 'vue-tsc': '^3.3.12' },
      copy: [...exampleFiles('vue', ['shims-vue.d.ts']), ...configs('vue', ['tsconfig.json', 'vite.config.ts', 'src/TypeChecks.vue'])],
    });
  });

  it('type-checks under vue-tsc, every tag typed by @orderzone/elements/vue and wrong uses rejected', async () => {
    await run(join(dir, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
  });

  it('builds (isOrderZoneElement knows every tag), shares one cart between the elements and Vue, and places an order in Chromium', async () => {
    await sharedCartInChromium(dir, 'Vue');
  });
});

describe('a Node app on the core, no DOM lib', () => {
  it('type-checks every entry of @orderzone/core under a strict tsc with lib ES2023 only, and places an order on the embedded backend', async () => {
    const dir = await createApp(bench, {
      name: 'node-core',
      orderzone: ['@orderzone/core', '@orderzone/embedded-backend'],
      devDependencies: Object.fromEntries(['@types/node', 'typescript'].map((n) => [n, workspaceRange(n)])),
      copy: [...configs('node-core', ['tsconfig.json', 'src/main.ts']), [join(repoRoot, 'examples/vue/src/core-only.ts'), 'src/core-only.ts']],
    });
    const tsconfig = readJson<{ compilerOptions: { lib: string[]; skipLibCheck: boolean } }>(join(dir, 'tsconfig.json'));
    assert.deepEqual(tsconfig.compilerOptions.lib, ['ES2023']);
    assert.equal(tsconfig.compilerOptions.skipLibCheck, false);
    await run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
    const result = JSON.parse(await run(process.execPath, ['dist/main.js'], { cwd: dir })) as Record<string, unknown>;
    assert.match(String(result.orderNumber), ORDER_NUMBER);
    assert.deepEqual({ ...result, orderNumber: 'OZ' }, {
      line: result.line,
      subtotal: 'CN¥158.00',
      orderNumber: 'OZ',
      cartAfter: 0,
      restAdapter: 'function',
      schema: false,
    });
    assert.match(String(result.line), /^2 × Cotton crew-neck T-shirt/);
  });
});

describe('a Node app on the server', () => {
  it('opens an embedded PGlite database in a folder and migrates it with the SQL migrations the package ships', async () => {
    const dir = await createApp(bench, {
      name: 'node-server',
      orderzone: ['@orderzone/server'],
      devDependencies: Object.fromEntries(['@types/node', 'typescript'].map((n) => [n, workspaceRange(n)])),
      copy: configs('node-server', ['tsconfig.json', 'src/main.ts']),
    });
    await run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
    const dataDir = join(dir, 'data');
    const result = JSON.parse(await run(process.execPath, ['dist/main.js', dataDir], { cwd: dir })) as { kind: string; migrationsFolder: string; tables: string[] };
    assert.equal(result.kind, 'pglite');
    assert.equal(result.migrationsFolder, join(dir, 'node_modules/@orderzone/server/migrations'), 'the migrations come from the installed package');
    for (const table of ['orders', 'products', 'holds', 'outbox']) assert.ok(result.tables.includes(table), `table ${table} in ${result.tables.join(', ')}`);
    assert.ok(existsSync(join(dataDir, 'PG_VERSION')), 'the database is in the folder');
  });
});

describe('a plain page with the script tag from the package, as a CDN serves it', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let version: string;
  before(async () => {
    dir = await createApp(bench, { name: 'script-tag', orderzone: ['@orderzone/elements'] });
    const elements = join(dir, 'node_modules/@orderzone/elements');
    const pkg = readJson<PackageJson & { version: string }>(join(elements, 'package.json'));
    version = pkg.version;
    const integrity = readJson<Record<string, string>>(join(elements, 'dist/bundle/integrity.json'));
    const cdn = `/npm/@orderzone/elements@${version}`;
    const page = (src: string, withIntegrity: boolean): string => `<!doctype html>
<html lang="en-US">
  <head><meta charset="utf-8"><title>Shop</title><link rel="icon" href="data:,">
    <script src="${src}"${withIntegrity ? ` integrity="${integrity['orderzone.js']}" crossorigin="anonymous"` : ''} defer></script>
  </head>
  <body><order-zone shop="cdn-shop" currency="CNY" locale="en-US"></order-zone></body>
</html>
`;
    writeFileSync(join(dir, 'index.html'), page(`${cdn}/dist/bundle/orderzone.js`, true));
    writeFileSync(join(dir, 'package-root.html'), page(cdn, false));
    // jsDelivr's and unpkg's layout: /npm/<name>@<version>/<file>; the bare package URL serves its jsdelivr file.
    server = await serveStatic(dir, {
      [`${cdn}`]: (rest) => (rest === '' || rest === '/' ? join(elements, pkg.jsdelivr!) : join(elements, rest)),
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tools find the manifest and package.json by package name', () => {
    const require = createRequire(join(dir, 'package.json'));
    const manifest = readJson<{ modules: unknown[] }>(require.resolve('@orderzone/elements/custom-elements.json'));
    assert.ok(manifest.modules.length > 10);
    assert.equal(readJson<{ version: string }>(require.resolve('@orderzone/elements/package.json')).version, version);
  });

  it('the documented snippet (CDN path, integrity) shops and places an order in Chromium', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const size = await firstScreenJs(page, `${server.url}index.html`, () => page.locator('order-zone product-picker article').first().waitFor());
    console.log(`info script tag from the package: first screen loads ${size.files} JS files, ${size.kib.toFixed(1)} KiB brotli (q11)`);
    assert.equal(await page.evaluate(() => window.OrderZone?.version), version);
    const zone = page.locator('order-zone');
    await zone.getByRole('button', { name: 'Cotton crew-neck T-shirt' }).click();
    await zone.getByRole('button', { name: 'Add to cart' }).click();
    await zone.getByRole('button', { name: /Cart, 1 item/ }).click();
    await zone.getByRole('dialog').getByRole('button', { name: 'Checkout' }).click();
    await zone.getByRole('heading', { name: 'Checkout' }).waitFor();
    await fillCheckout(zone, LI_LEI);
    await zone.getByRole('button', { name: 'Place order' }).click();
    const number = zone.getByText(ORDER_NUMBER).first();
    await number.waitFor({ timeout: 15_000 });
    assert.match((await number.textContent())?.trim() ?? '', ORDER_NUMBER);
    // No api: the demo backend's one warning is not an error; nothing else went wrong.
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the package URL alone (the jsdelivr / unpkg field) loads the same elements', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}package-root.html`);
    await page.locator('order-zone product-picker article').first().waitFor();
    assert.equal(await page.evaluate(() => window.OrderZone?.version), version);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
