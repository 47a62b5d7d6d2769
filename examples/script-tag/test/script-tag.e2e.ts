/**
 * End to end: the plain HTML merchant page loads the built script-tag bundle under a strict
 * Content-Security-Policy with Trusted Types enforced, in Chromium.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, collectErrors } from '../../../.ci/chromium.ts';
import { fileHolding, staticClosure, type MessagesLanguage } from '../../../packages/elements/scripts/bundle-files.ts';
import type { BundleManifest } from '../../../packages/elements/scripts/bundle-manifest.ts';
import { CONTENT_SECURITY_POLICY, serve, type StaticServer } from './static-server.ts';

const elementsDir = fileURLToPath(new URL('../../../packages/elements', import.meta.url));
/** `chunks.json` of the bundle built in `before()`. */
const bundleManifest = (): BundleManifest => JSON.parse(readFileSync(`${elementsDir}/dist/bundle/chunks.json`, 'utf8')) as BundleManifest;
/** The version the bundle reports: the one in `@orderzone/elements`' package.json. */
const VERSION = (JSON.parse(readFileSync(`${elementsDir}/package.json`, 'utf8')) as { version: string }).version;
let server: StaticServer;
let browser: Browser;

/** What `npm run build:bundle` printed, both streams. */
let buildOutput = '';

before(async () => {
  const build = spawnSync('npm', ['run', '--silent', 'build:bundle'], { cwd: elementsDir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  buildOutput = `${build.stdout}${build.stderr}`;
  if (build.status !== 0) throw new Error(`npm run build:bundle failed:\n${buildOutput}`);
  server = await serve();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  /** CSP violations reported to the page (`securitypolicyviolation`), as `directive: blocked`. */
  violations: () => Promise<string[]>;
}

async function open(path = '', warnings?: string[]): Promise<Opened> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  // Listens before any page script runs: violations anywhere, the bundle's own included.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  if (warnings) collectWarnings(page, warnings);
  await page.goto(server.url + path);
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations) };
}

describe('the script-tag bundle build', () => {
  it('prints no line that looks like an error or a warning: a newcomer building it sees nothing to worry about', () => {
    const worrying = buildOutput.split('\n').filter((line) => /error|invalid|warn|skipped|not supported/i.test(line));
    assert.deepEqual(worrying, []);
  });
});

describe('script-tag example under a strict CSP with Trusted Types', () => {
  it('serves the page with the documented policy', async () => {
    const response = await fetch(server.url);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.match(CONTENT_SECURITY_POLICY, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
  });

  it('renders the products, adds one to the cart and counts it on the badge, with no violation or error', async () => {
    const { page, errors, violations } = await open();
    const zone = page.locator('order-zone');
    const firstCard = zone.locator('product-picker article').first();
    await firstCard.locator('.price').waitFor();
    assert.match((await firstCard.locator('.price').textContent()) ?? '', /¥\s?\d/);
    // The page sets no api: OrderZone runs its demo backend and says so in the widget.
    assert.equal((await zone.locator('[part="demo-marker"]').textContent())?.trim(), 'Demo: no real orders or payments');
    const title = (await firstCard.locator('h3').textContent())?.trim() ?? '';
    assert.ok(title.length > 0, 'a product title is shown');
    await firstCard.getByRole('button', { name: title }).click();
    await zone.getByRole('heading', { level: 2, name: title }).waitFor();
    await zone.getByRole('button', { name: 'Add to cart' }).click();
    await zone.getByRole('button', { name: /Cart, 1 item/ }).waitFor();
    assert.equal((await zone.locator('.cart-badge').textContent())?.trim(), '1');

    await zone.getByRole('button', { name: /Cart, 1 item/ }).click();
    await zone.getByRole('dialog').getByText(title).first().waitFor();

    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
  });

  it('adds one global of its own, OrderZone, with the version, configure() and the element classes', async () => {
    const { page } = await open();
    await page.evaluate(() => window.OrderZone!.ready);
    const added = await page.evaluate(() => {
      const fresh = document.createElement('iframe');
      document.body.append(fresh);
      const baseline = new Set(Object.getOwnPropertyNames(fresh.contentWindow!));
      fresh.remove();
      // `violations` is this test's own listener (see open()).
      return Object.getOwnPropertyNames(window).filter((name) => !baseline.has(name) && name !== 'violations');
    });
    // Lit, nanostores and zod each keep a version registry on the global object (shared by every
    // copy of the library on a page); OrderZone's own code adds one name only.
    const libraryRegistries = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions', 'nanostoresGlobal', '__zod_globalConfig'];
    assert.deepEqual(added.filter((name) => !libraryRegistries.includes(name)), ['OrderZone']);
    const global = await page.evaluate(() => ({
      version: window.OrderZone!.version,
      configure: typeof window.OrderZone!.configure,
      zone: window.OrderZone!.elements!['order-zone'] === customElements.get('order-zone'),
    }));
    assert.deepEqual(global, { version: VERSION, configure: 'function', zone: true });
  });

  it('takes configuration before it loads (English, over <html lang="zh-CN">) and after (the language switch)', async () => {
    const { page, errors } = await open();
    const zone = page.locator('order-zone');
    await zone.getByRole('button', { name: /^Cart/ }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await zone.getByRole('button', { name: /^购物车/ }).waitFor();
    assert.deepEqual(errors, []);
  });

  it('does nothing when loaded twice with the same version', async () => {
    const warnings: string[] = [];
    const { page, errors, violations } = await open('test/twice.html', warnings);
    await page.evaluate(() => window.OrderZone!.ready);
    await page.locator('order-zone').getByRole('button', { name: /^Cart/ }).waitFor();
    await page.locator('order-zone product-picker article').first().waitFor();
    assert.equal(await page.evaluate(() => window.OrderZone!.version), VERSION);
    // No api: the page runs the demo backend, says so once, and nothing else.
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /^OrderZone: no backend is configured, so this page runs the in-page demo backend.*Set the api attribute of <order-zone>/);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
  });

  it('warns and keeps the first when another version is already on the page', async () => {
    const warnings: string[] = [];
    const { page } = await open('test/clash.html', warnings);
    await page.waitForFunction(() => document.readyState === 'complete');
    assert.equal(await page.evaluate(() => window.OrderZone!.version), '0.0.1-other');
    assert.equal(await page.evaluate(() => customElements.get('order-zone')), undefined);
    assert.deepEqual(warnings, [`OrderZone ${VERSION}: OrderZone 0.0.1-other is already on this page; keeping it.`]);
  });
});

/** A request as Resource Timing saw it: its path, when it started and when its answer had arrived (ms). */
interface Timed { path: string; start: number; end: number }

describe('script-tag page with api: no waterfall', () => {
  it('asks for the first paint\'s code in one wave with the loader\'s preloads, and for the products at the same time, once', async () => {
    const manifest = bundleManifest();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    // 100 ms each way and 10 Mbit/s: a request that waits for another one's answer shows as such.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 });
    const productRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/products') productRequests.push(`${request.method()} ${url.search}`);
    });
    await page.goto(`${server.url}test/api.html`);
    await page.locator('order-zone product-picker article').first().waitFor();
    const requests: Timed[] = await page.evaluate(() => [
      { path: location.pathname, start: 0, end: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd },
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
    ]);
    // The page is in English (`<html lang="en">`): its messages are part of the wave.
    const firstPaint = ['orderzone.mjs', ...manifest.firstPaint.api, ...manifest.firstPaint.messages['en-US']!].map((file) => `/orderzone/${file}`);
    const code = firstPaint.map((path) => {
      const found = requests.find((r) => r.path === path);
      assert.ok(found, `${path} was loaded`);
      return found;
    });
    // One wave: every file of the first paint is asked for before any of them has arrived.
    const firstArrival = Math.min(...code.map((r) => r.end));
    assert.deepEqual(code.filter((r) => r.start >= firstArrival).map((r) => r.path), [], 'files asked for only after another first-paint file arrived');
    // The products: asked for by the loader, before any file of that wave has arrived, waiting for
    // nothing but the page and the loader; the REST adapter takes that answer instead of asking again.
    const products = requests.find((r) => r.path === '/api/products');
    assert.ok(products, 'the products were asked for');
    assert.ok(products.start < firstArrival, `the products asked for at ${products.start.toFixed(0)} ms, before the first file of the wave arrived (${firstArrival.toFixed(0)} ms)`);
    const waitedFor = requests.filter((r) => r.end <= products.start).map((r) => r.path);
    assert.deepEqual(waitedFor.filter((path) => path !== '/test/api.html' && path !== '/orderzone/orderzone.js'), []);
    assert.deepEqual(productRequests, ['GET ?pageSize=12'], 'one request for the first page of products');
    assert.equal(await page.locator('order-zone product-picker article').count(), 12, 'the first page shows once');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('script-tag page with api: an element loaded on demand', () => {
  it('asks for its messages in the page\'s language before its own chunk has arrived, not after', async () => {
    const { files } = bundleManifest();
    const fileOf = (module: string, facade = false): string => `/orderzone/${facade ? Object.keys(files).find((name) => files[name]!.facade === module)! : fileHolding(files, module)}`;
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // (The test server answers no /api/recommendations: the cart's suggestions fail, which is not this test's subject.)
    const missing: string[] = [];
    page.on('response', (response) => void (response.status() === 404 && missing.push(new URL(response.url()).pathname)));
    await page.goto(`${server.url}test/api.html`);
    const zone = page.locator('order-zone');
    const firstCard = zone.locator('product-picker article').first();
    await firstCard.locator('h3').waitFor();
    const title = (await firstCard.locator('h3').textContent())?.trim() ?? '';
    // 100 ms each way: a request made only once another file has arrived shows as such.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 });
    await firstCard.getByRole('button', { name: title }).click();
    await zone.getByRole('heading', { level: 2, name: title }).waitFor();
    await zone.getByRole('button', { name: 'Add to cart' }).click();
    await zone.getByRole('button', { name: /Cart, 1 item/ }).click();
    await zone.getByRole('dialog').getByText(title).first().waitFor();
    const requests: Timed[] = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
    );
    const timed = (path: string): Timed => {
      const found = requests.find((r) => r.path === path);
      assert.ok(found, `${path} was loaded`);
      return found;
    };
    for (const tag of ['product-detail', 'cart-panel']) {
      const own = timed(fileOf(`elements/src/components/${tag}/${tag}.ts`, true));
      for (const module of [`elements/src/components/${tag}/${tag}.messages.en-US.ts`, 'elements/src/i18n/flow-messages.en-US.ts']) {
        const messages = timed(fileOf(module));
        assert.ok(messages.start < own.end, `<${tag}>: ${messages.path} asked for at ${messages.start.toFixed(0)} ms, after its chunk arrived at ${own.end.toFixed(0)} ms`);
      }
    }
    assert.deepEqual(requests.filter((r) => r.path.endsWith('.zh-CN.mjs')), [], 'no Chinese messages on an English page');
    assert.deepEqual(missing.filter((path) => path.startsWith('/orderzone/')), [], 'every file preloaded exists');
    await context.close();
  });
});

/** A load of code on demand that {@link assertOneWave} checks. */
interface CodeLoad {
  /** The modules of the chunks it loads by `import()` (`core/src/account/account.ts`). */
  facades: string[];
  /** Starts the load, in the page. */
  ask: (page: Page) => Promise<void>;
  /** What the page does first, before it is idle (the load's files it loads are not the load's any more). */
  before?: (page: Page) => Promise<void>;
  /** The server of the page with api: the one that browses by default. */
  at?: StaticServer;
  /** A page holding what loads from the start (its path), under latency from its navigation on, instead of the page with api once idle. */
  fromStart?: string;
}

/**
 * A load of code on demand in one wave: on the page with api, done and idle (the
 * shopper reads it, no request in flight), then under 100 ms latency, `ask` starts a load of the
 * chunks whose modules are `facades`. Those chunks and every file they import, at any depth, not
 * loaded already, are asked for before the first of them has arrived (without the loader's lists a
 * chunk's imports are asked for only once it has arrived), and each once (a preload and the import
 * of the same file are one request).
 */
async function assertOneWave({ facades, ask, before, at = server, fromStart }: CodeLoad): Promise<void> {
  const { files, firstPaint } = bundleManifest();
  const closure = (names: string[]): Set<string> => staticClosure(files, names);
  const own = facades.map((facade) => {
    const found = Object.keys(files).find((name) => files[name]!.facade === facade);
    assert.ok(found, `a chunk of the bundle is ${facade}`);
    return found;
  });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const asked = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    asked.set(path, (asked.get(path) ?? 0) + 1);
  });
  const missing: string[] = [];
  page.on('response', (response) => void (response.status() === 404 && missing.push(new URL(response.url()).pathname)));
  const timings = (): Promise<Timed[]> =>
    page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })));
  // 100 ms each way: a request made only once another file has arrived shows as such.
  const throttle = async (): Promise<void> => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 });
  };
  let loaded: Set<string>;
  let asking = 0;
  if (fromStart) {
    // The page holds the element: it is asked for as soon as the module runs, the lists' module possibly not here yet.
    loaded = closure(['orderzone.mjs']);
    await throttle();
    await page.goto(`${at.url}${fromStart}`);
    await ask(page);
  } else {
    await page.goto(`${at.url}test/api.html`);
    await page.locator('order-zone product-picker article h3').first().waitFor();
    await before?.(page);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    await page.waitForLoadState('networkidle');
    // What the page has loaded by now is there already; the rest is what the chunks import, and theirs.
    loaded = new Set([...closure(['orderzone.mjs', ...firstPaint.api, ...firstPaint.messages['en-US']!]), ...(await timings()).map((r) => r.path.slice('/orderzone/'.length))]);
    await throttle();
    asking = await page.evaluate(() => performance.now());
    await ask(page);
  }
  await page.waitForLoadState('networkidle');
  const tree = [...closure(own)].filter((name) => !loaded.has(name)).map((name) => `/orderzone/${name}`);
  const imported = tree.filter((path) => !own.includes(path.slice('/orderzone/'.length)));
  assert.ok(imported.length > 0, `the test needs files the chunks import not loaded yet: ${facades.join(', ')}`);
  const requests = await timings();
  const code = tree.map((path) => {
    const found = requests.find((r) => r.path === path && r.start >= asking);
    assert.ok(found, `${path} was loaded once asked for`);
    return found;
  });
  const firstArrival = Math.min(...code.map((r) => r.end));
  assert.deepEqual(
    code.filter((r) => r.start >= firstArrival).map((r) => `${r.path} asked for at ${(r.start - asking).toFixed(0)} ms`),
    [],
    `files asked for only once another file of the load had arrived (the first ${(firstArrival - asking).toFixed(0)} ms after the load started)`,
  );
  assert.deepEqual(tree.filter((path) => asked.get(path) !== 1).map((path) => `${path}: ${asked.get(path) ?? 0}`), [], 'each file asked for once');
  // An order's event stream is optional in the contract and this server has none (the order is asked for again instead): nothing else is missing.
  const events = /^\/api\/orders\/[^/]+\/events$/;
  assert.deepEqual(missing.filter((path) => !events.test(path)), []);
  assert.deepEqual(errors.filter((error) => !(missing.length > 0 && /^Failed to load resource: .* 404 \(Not Found\)$/.test(error))), []);
  await context.close();
}

describe('script-tag page with api: every load of code on demand in one wave', () => {
  it('asks for every file <checkout-form>\'s chunk imports, at any depth, before the first of them has arrived, each once', async () => {
    // The page asks for the element (as a merchant's checkout page containing it does).
    await assertOneWave({
      facades: ['elements/src/components/checkout-form/checkout-form.ts'],
      ask: async (page) => {
        await page.evaluate(() => document.body.append(document.createElement('checkout-form')));
        await page.waitForFunction(() => customElements.get('checkout-form'));
      },
    });
  });

  it('asks for every file of the bookings a merchant\'s script loads (zone.load), in one wave', async () => {
    // (The page's own work after its first paint loads the cart, the checkout and the account: the bookings are left.)
    await assertOneWave({
      facades: ['core/src/booking/booking-client.ts'],
      ask: (page) => page.evaluate(async () => {
        const zone = (document.querySelector('order-zone') as HTMLElement & { activeZone: { load(...parts: string[]): Promise<unknown> } }).activeZone;
        await zone.load('bookings');
      }),
    });
  });

  it('asks for every file of <booking-picker>, an element no view shows, with the bookings it loads, in one wave', async () => {
    await assertOneWave({
      facades: ['elements/src/components/booking-picker/booking-picker.ts', 'core/src/booking/booking-client.ts'],
      ask: async (page) => {
        // On the zone of the page's <order-zone> (the one with api), which loads the bookings once the element's code runs.
        await page.evaluate(() => {
          const picker = document.createElement('booking-picker') as HTMLElement & { zone?: unknown };
          picker.zone = (document.querySelector('order-zone') as HTMLElement & { activeZone: unknown }).activeZone;
          document.body.append(picker);
        });
        await page.waitForFunction(() => (document.querySelector('order-zone') as HTMLElement & { activeZone: { isLoaded(part: string): boolean } }).activeZone.isLoaded('bookings'));
      },
    });
  });

  it('asks for every file of a <booking-picker> the page holds from the start, with the bookings it loads, in one wave', async () => {
    await assertOneWave({
      fromStart: 'test/booking-picker.html',
      facades: ['elements/src/components/booking-picker/booking-picker.ts', 'core/src/booking/booking-client.ts'],
      ask: (page) => page.waitForFunction(() => customElements.get('booking-picker')).then(() => undefined),
    });
  });

  it('asks for every file of <order-detail>\'s action forms, which it loads for an order it may act on, in one wave', async () => {
    // A server whose api takes orders (its own: the other tests' pages browse).
    const ordering = await serve({ orders: true });
    after(() => ordering.close());
    await assertOneWave({
      at: ordering,
      facades: ['elements/src/components/order-detail/order-detail-forms.ts'],
      // The order, unpaid (it may still be edited or cancelled), shown once the page is quiet: the forms load then.
      ask: (page) => page.evaluate(async () => {
        const detail = document.createElement('order-detail') as HTMLElement & { zone?: unknown; order?: unknown; updateComplete: Promise<unknown> };
        detail.zone = (document.querySelector('order-zone') as HTMLElement & { activeZone: unknown }).activeZone;
        detail.order = (window as unknown as { placed: unknown }).placed;
        document.body.append(detail);
        await detail.updateComplete;
      }),
      // <order-detail>'s code loaded (no order shown, none placed yet: the forms stay), then an order placed by the page's own code.
      before: async (page) => {
        await page.evaluate(() => document.body.append(document.createElement('order-detail')));
        await page.waitForFunction(() => customElements.get('order-detail'));
        await page.evaluate(async () => {
          document.querySelector('order-detail')!.remove();
          type Zone = {
            load(...parts: string[]): Promise<{ cart: { add(line: object): unknown }; checkout: { update(patch: object): void; loadOptions(): Promise<void>; refreshQuote(): Promise<void>; submit(): Promise<unknown> } }>;
            catalog: { getProduct(id: string): Promise<{ variants: { id: string; stock?: number | null }[] }> };
          };
          const zone = (document.querySelector('order-zone') as HTMLElement & { activeZone: Zone }).activeZone;
          const { cart, checkout } = await zone.load('checkout');
          const product = await zone.catalog.getProduct('wool-socks');
          cart.add({ product, variantId: product.variants.find((variant) => variant.stock !== 0)!.id, quantity: 1 });
          checkout.update({
            contact: { name: '韩梅梅', phone: '13900139000', email: 'han@example.com' },
            shippingAddress: { region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号', postalCode: '100022' },
            paymentMethodId: 'alipay',
          });
          await checkout.loadOptions();
          await checkout.refreshQuote();
          (window as unknown as { placed: unknown }).placed = await checkout.submit();
        });
        assert.ok(await page.evaluate(() => (window as unknown as { placed?: unknown }).placed), 'the order was placed');
      },
    });
  });
});

describe('script-tag page with api: only the page\'s language', () => {
  it('shows a page in Chinese with the Chinese messages only, and English once the shopper switches', async () => {
    const { messages } = bundleManifest().firstPaint;
    const only = (language: MessagesLanguage, other: MessagesLanguage): string[] => messages[language]!.filter((file) => !messages[other]!.includes(file)).map((file) => `/orderzone/${file}`);
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}test/api-zh.html`);
    await page.locator('order-zone product-picker article').first().waitFor();
    const heading = page.locator('order-zone product-picker .heading');
    assert.equal(await heading.textContent(), '全部商品');
    assert.equal(await page.locator('order-zone').getAttribute('lang'), 'zh-CN');
    assert.deepEqual(only('zh-CN', 'en-US').filter((file) => !fetched.includes(file)), [], 'the Chinese messages were loaded');
    assert.deepEqual(fetched.filter((file) => only('en-US', 'zh-CN').includes(file)), [], 'no English messages were loaded');

    await page.locator('order-zone').evaluate((zone) => zone.setAttribute('locale', 'en-US'));
    await page.waitForFunction(() => document.querySelector('order-zone')?.shadowRoot?.querySelector('product-picker')?.shadowRoot?.querySelector('.heading')?.textContent?.trim() === 'All products');
    assert.equal(await page.locator('order-zone').getAttribute('lang'), 'en-US');
    assert.deepEqual(only('en-US', 'zh-CN').filter((file) => !fetched.includes(file)), [], 'the English messages were loaded on the switch');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('script-tag page with api: answers that are not the contract', () => {
  /** The page with api whose first `GET /products` is answered by `answer`; the `oz-error` it reports (code, message, status, details). */
  async function firstError(answer: { status: number; json?: unknown }): Promise<{ page: Page; error: unknown; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { ozErrors: unknown[] }).ozErrors = seen;
      document.addEventListener('oz-error', (event) => {
        const { error } = (event as CustomEvent<{ error: { code: string; message: string; status?: number; details?: unknown } }>).detail;
        seen.push({ code: error.code, message: error.message, status: error.status, details: error.details });
      });
    });
    await context.route((url) => url.pathname === '/api/products', (route) =>
      route.fulfill(answer.json === undefined ? { status: answer.status, body: '' } : { status: answer.status, json: answer.json }));
    const page = await context.newPage();
    await page.goto(`${server.url}test/api.html`);
    await page.waitForFunction(() => (window as unknown as { ozErrors: unknown[] }).ozErrors.length > 0);
    const [error] = await page.evaluate(() => (window as unknown as { ozErrors: unknown[] }).ozErrors);
    return { page, error, close: () => context.close() };
  }

  it('reports an answer that does not match with the schema\'s issues, the schemas loaded for it in the bundle', async () => {
    const answer = { items: [], total: 'many', page: 1, pageSize: 12, facets: { options: [] } };
    const { page, error, close } = await firstError({ status: 200, json: answer });
    // zod mini's words in a bundle without zod's locales (this process's zod may have them: not compared with it).
    assert.deepEqual(error, {
      code: 'bad_response',
      message: 'GET /products answered with data that does not match the contract: total: Invalid input (invalid_type).',
      status: 200,
      details: { issues: [{ code: 'invalid_type', expected: 'number', path: ['total'], message: 'Invalid input' }] },
    });
    await page.locator('order-zone product-picker [role="alert"]').waitFor();
    await close();
  });

  it('reports an error status without a body by its code, the error answers\' code loaded for it', async () => {
    const { page, error, close } = await firstError({ status: 404 });
    assert.deepEqual(error, { code: 'not_found', message: 'GET /products failed with 404 Not Found and no contract error body.', status: 404, details: {} });
    await page.locator('order-zone product-picker [role="alert"]').waitFor();
    await close();
  });
});

function collectWarnings(page: Page, into: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'warning') into.push(message.text());
  });
  return into;
}
