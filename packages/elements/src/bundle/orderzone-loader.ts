/**
 * `orderzone.js`: the classic script merchants paste (`<script src=".../orderzone.js" defer>`). It
 * creates `window.OrderZone` at once, so `OrderZone.configure()` can be called right after it, and
 * imports `orderzone.mjs` (the elements) from the folder it was loaded from. Browsers cannot split
 * a classic script into chunks; a module can, so the elements live in the module and its chunks.
 *
 * While the module downloads, the loader asks for the other files the page's first paint needs, all
 * at once (`<link rel="modulepreload">`, listed at build time in `chunks.json`): with `api`, the REST
 * adapter and the catalog schemas. With `api` it also starts the first `GET /products` itself (see
 * `context/first-products-request.ts`), so the catalog's answer travels while the code does, and the
 * REST adapter takes it instead of asking again. Each load of code on demand says so as it starts
 * (`codeLoading()` of `@orderzone/core`, which `orderzone.mjs` hands to {@link OrderZoneGlobal.preload}):
 * an element (with the zone's parts it loads), a part of a zone loaded by any code (`zone.load('checkout')`
 * from a merchant's script too), a part an element loads itself (`<order-detail>`'s action forms). The
 * loader then preloads every code file it imports, at any depth, and an element's messages in the
 * page's language (`onDemandCode` of `chunks.json`, a module of its own imported once the page is idle):
 * one wave, not a round trip per level of imports.
 *
 * A CDN that serves the package's `unpkg` / `jsdelivr` file at the package's own URL
 * (`…/npm/@orderzone/elements@0.3.0`, no file name) loads this script from a URL that is not its
 * folder: the module is then found at its path inside the package, {@link BUNDLE_PATH}.
 *
 * @module
 */
import { startFirstProducts } from '../context/first-products-request.ts';
import { VERSION, type OrderZoneGlobal, type OrderZoneGlobalConfig } from './orderzone-global.ts';

/** The files the first paint with `api` needs beyond `orderzone.mjs` (`firstPaint.api` of `chunks.json`, set by `vite.bundle.config.ts`). */
declare const __ORDERZONE_API_FIRST_PAINT__: string[];
/** The files of each language's first-paint messages (`firstPaint.messages` of `chunks.json`). */
declare const __ORDERZONE_FIRST_PAINT_MESSAGES__: Record<string, string[]>;
/** The messages each element loaded on demand shows, by module name (`onDemandMessages` of `chunks.json`). */
declare const __ORDERZONE_ON_DEMAND_MESSAGES__: Record<string, string[]>;
/** {@link __ORDERZONE_ON_DEMAND_MESSAGES__}, written once in this script (it is read twice). */
const ON_DEMAND_MESSAGES = __ORDERZONE_ON_DEMAND_MESSAGES__;
/** The module listing the code files each load of code on demand needs, by its name (`onDemandCodeFile` of `chunks.json`). */
declare const __ORDERZONE_ON_DEMAND_CODE__: string;

/** Where the bundle lives inside the npm package (the `unpkg` and `jsdelivr` fields point here). */
const BUNDLE_PATH = 'dist/bundle/';

/**
 * The URL of `orderzone.mjs` beside this script when `src` names a `.js` file (a copy on
 * your site, or a CDN path to the file), else the package's root on a CDN, where the bundle is at {@link BUNDLE_PATH}.
 */
function moduleUrlFor(src: string): string {
  const url = new URL(src);
  if (url.pathname.endsWith('.js')) return new URL('orderzone.mjs', url).href;
  url.pathname = `${url.pathname.replace(/\/?$/, '/')}${BUNDLE_PATH}`;
  return new URL('orderzone.mjs', url).href;
}

/**
 * Preloads, beside `moduleUrl`, the files of the first paint of a page whose `<order-zone>` has
 * `api`: the REST adapter and what it imports, which `orderzone.mjs` would otherwise ask for only
 * once it runs. (A page without `api` may still set an adapter from its own code, so nothing else is
 * guessed.)
 */
function preloadFirstPaint(moduleUrl: string, config: OrderZoneGlobalConfig): void {
  const zone = document.querySelector('order-zone');
  preload(moduleUrl, [...(__ORDERZONE_FIRST_PAINT_MESSAGES__[messagesLanguage(zone, config)] ?? []), ...(zone?.hasAttribute('api') ? __ORDERZONE_API_FIRST_PAINT__ : [])]);
}

/** The lists of {@link __ORDERZONE_ON_DEMAND_CODE__}, once asked for. */
let onDemandCode: Promise<Record<string, string[]>> | undefined;

/**
 * The code files each load of code on demand needs, by its name: a module of its own (about 1.2 KiB)
 * rather than carried by this script, imported at once when the page holds an element loaded on
 * demand, else once the page is idle after the first paint, or with the first load before that
 * (whose deeper files then wait for it: one round trip).
 */
function onDemandCodeLists(moduleUrl: string): Promise<Record<string, string[]>> {
  return (onDemandCode ??= import(/* @vite-ignore */ new URL(__ORDERZONE_ON_DEMAND_CODE__, moduleUrl).href).then(
    (lists: { default: Record<string, string[]> }) => lists.default,
    // Only a head start: the elements load their files anyway; the next element asked for tries again.
    () => ((onDemandCode = undefined), {}),
  ));
}

/**
 * Preloads what a load of code on demand needs, asked for as its code asks for its own chunk: `name`
 * is an element's product name (`cart-panel`), a zone's part (`checkout`) or a part an element loads
 * itself (`order-detail-forms`). Every code file its chunk imports, at any depth (an element's with
 * those of the zone's parts it loads), and an element's messages in the page's language. Without that
 * list the browser finds each level of imports only once the level above has arrived, a round trip each.
 */
function preloadCode(moduleUrl: string, config: OrderZoneGlobalConfig, name: string): void {
  const language = messagesLanguage(document.querySelector('order-zone'), config);
  preload(moduleUrl, (ON_DEMAND_MESSAGES[name] ?? []).map((messages) => `orderzone-${messages}.${language}.mjs`));
  void onDemandCodeLists(moduleUrl).then((lists) => preload(moduleUrl, lists[name] ?? []));
}

/** Adds a `<link rel="modulepreload">` for each of `files`, beside `moduleUrl`. */
function preload(moduleUrl: string, files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, moduleUrl).href;
    document.head.append(link);
  }
}

/**
 * The language whose messages the first paint shows, as `<order-zone>` works it out (its `locale`,
 * the configured one, `<html lang>`, the browser's language): `zh-CN` for Chinese, else `en-US`.
 * Only a guess to preload: the elements load what they show whatever it says.
 */
function messagesLanguage(zone: Element | null, config: OrderZoneGlobalConfig): string {
  const tag = zone?.getAttribute('locale') || config.locale || document.documentElement.lang || navigator.language || 'zh-CN';
  return /^zh/i.test(tag) ? 'zh-CN' : 'en-US';
}

const existing = window.OrderZone;
if (existing?.version) {
  if (existing.version !== VERSION) console.warn(`OrderZone ${VERSION}: OrderZone ${existing.version} is already on this page; keeping it.`);
} else {
  const script = document.currentScript as HTMLScriptElement | null;
  const config: OrderZoneGlobalConfig = { ...existing?.config };
  let settle!: (module: Promise<OrderZoneGlobal>) => void;
  const ready = new Promise<OrderZoneGlobal>((resolve) => (settle = resolve as typeof settle));
  const global: OrderZoneGlobal = {
    version: VERSION,
    config,
    configure: (more) => void Object.assign(config, more),
    ready,
    load: () => ready.then((oz) => oz.load()),
    elements: {},
    preload: (name) => preloadCode(moduleUrl, config, name),
  };
  const moduleUrl = script ? moduleUrlFor(script.src) : new URL('orderzone.mjs', document.baseURI).href;
  window.OrderZone = global;
  preloadFirstPaint(moduleUrl, config);
  // With `api`, the first page of products is asked for now, in parallel with the code; the REST adapter takes the answer.
  startFirstProducts(document.querySelector('order-zone'), config.locale);
  // The module adopts `window.OrderZone` (and the configuration gathered so far) and settles `ready`.
  settle(import(/* @vite-ignore */ moduleUrl).then(() => window.OrderZone!.ready!));
  // The lists of what each load of code on demand needs: now when the page holds an element loaded on demand (asked for as
  // soon as the module runs: its whole tree then goes in one wave), else once the first paint is done and the page idle
  // (where the browser can tell idle). Elements with messages of their own stand for them all (`a,b,…`: one selector list;
  // the build always has some, so never an empty selector).
  if (document.querySelector(Object.keys(ON_DEMAND_MESSAGES).join())) void onDemandCodeLists(moduleUrl);
  void ready.then(() => window.requestIdleCallback?.(() => void onDemandCodeLists(moduleUrl)));
}
