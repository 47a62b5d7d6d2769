/**
 * `dist/bundle/chunks.json`, written by the script-tag bundle's build (`vite.bundle.config.ts`):
 * every file of the bundle with the source modules it holds and the files it imports, statically or
 * by `import()`, and the files each kind of first paint needs. The loader (`orderzone.js`) preloads
 * those files in parallel (`<link rel="modulepreload">`), and the size budgets find chunks by the
 * modules they hold, never by guessing from their code.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { ZonePart } from '@orderzone/core';
import type { Plugin } from 'vite';
import { chunkLanguage, fileHolding, loadedMessages, MESSAGE_LANGUAGES, moduleName, readPackageSource, staticClosure, type BundleFile, type MessagesLanguage } from './bundle-files.ts';
import { codeLoadNames, elementZoneParts } from './code-load-names.ts';
import { zonePartModules } from './zone-part-modules.ts';

/** The content of `chunks.json`. */
export interface BundleManifest {
  files: Record<string, BundleFile>;
  /**
   * What each first paint needs beyond `orderzone.mjs`, which the loader imports anyway: `api`, a
   * page whose `<order-zone>` talks to a backend (the REST adapter and what it imports); `demo`, a
   * page on the embedded demo backend.
   */
  firstPaint: { api: string[]; demo: string[]; messages: Record<MessagesLanguage, string[]> };
  /**
   * The messages each element loaded on demand shows beyond the first paint's, by element (its
   * product name) and module name (`cart-panel.messages`): one file per language,
   * `orderzone-<name>.<language>.mjs` ({@link languageChunkFileName}). The loader preloads those of
   * the page's language as the element's own chunk is asked for, so neither waits for the other.
   */
  onDemandMessages: Record<string, string[]>;
  /**
   * The code files each load of code on demand needs beyond `orderzone.mjs` and its static imports,
   * by the name the load goes by (what the core's `codeLoading()` is told as it starts): every file its
   * chunk imports statically, and theirs, its own chunk left out (its code asks for it by `import()`).
   * An element (its product name) with those of the zone's parts its constructor names; a zone's part
   * (`checkout`: what `zone.load('checkout')` fetches, read from the core's own code by
   * `zonePartModules`, `zone-part-modules.ts`) with the parts it needs; a part an element loads itself
   * (`order-detail-forms`) less what the chunks loading it hold ({@link onDemandCode}). Without this
   * list a browser finds a chunk's imports only once that chunk has arrived: one round trip per level.
   */
  onDemandCode: Record<string, string[]>;
  /**
   * The file holding {@link onDemandCode} as a module (`export default {…}`), named by a hash of its
   * content: the loader imports it once the page is idle, or with the first load before that, and
   * preloads each load's list from it ({@link onDemandCodeModule}).
   */
  onDemandCodeFile: string;
}

/**
 * The module, one per language (`….zh-CN.ts`), that gathers the messages the first paint's elements
 * show (`<order-zone>`, `<product-picker>`, the shared and the core's shopping messages): its chunk
 * is what the loader preloads for the page's language.
 */
export const FIRST_PAINT_MESSAGES = 'elements/src/i18n/first-paint-messages';

/**
 * The file name of a chunk of one language's messages: `orderzone-<name>.mjs` (`<name>` ends with
 * its language), without a hash, so the loader can name the file of the page's language from the
 * module's name alone. (Like `orderzone.mjs`, these names stay the same from one version to the
 * next: the CDN's versioned URL keeps caches apart.)
 */
export function languageChunkFileName(name: string): string {
  return `orderzone-${name}.mjs`;
}

/** The module that `createLazyRestAdapter` loads, and the one the demo fallback loads. */
export const REST_ADAPTER_MODULE = 'elements/src/context/rest-adapter-module.ts';
export const DEMO_BACKEND_MODULE = 'embedded-backend/src/index.ts';

/** The manifest of a build's output chunks (`entry` is the file the loader imports). */
export function manifestOf(
  chunks: { fileName: string; facadeModuleId: string | null; moduleIds: readonly string[]; imports: readonly string[]; dynamicImports: readonly string[] }[],
  entry: string,
): BundleManifest {
  const files: Record<string, BundleFile> = {};
  for (const chunk of chunks) {
    files[chunk.fileName] = {
      modules: chunk.moduleIds.map(moduleName),
      ...(chunk.facadeModuleId ? { facade: moduleName(chunk.facadeModuleId) } : {}),
      imports: [...chunk.imports],
      dynamicImports: [...chunk.dynamicImports],
    };
  }
  const byFacade = new Map(Object.entries(files).flatMap(([name, file]) => (file.facade ? [[file.facade, name] as const] : [])));
  for (const file of Object.values(files)) {
    const part = chunkLanguage(file.modules) && /^(.+)\.messages\.[a-zA-Z]+-[a-zA-Z]+\.ts$/.exec(file.facade ?? '')?.[1];
    const code = part ? byFacade.get(`${part}.ts`) : undefined;
    if (code) file.messagesOf = code;
  }
  const beyondEntry = (module: string): string[] => [...staticClosure(files, [entry, fileHolding(files, module)])].filter((name) => name !== entry).sort();
  const messages = Object.fromEntries(
    MESSAGE_LANGUAGES.map((language) => [language, [...staticClosure(files, [fileHolding(files, `${FIRST_PAINT_MESSAGES}.${language}.ts`)])].filter((name) => name !== entry).sort()]),
  ) as Record<MessagesLanguage, string[]>;
  const code = onDemandCode(files, entry);
  return {
    files,
    firstPaint: { api: beyondEntry(REST_ADAPTER_MODULE), demo: beyondEntry(DEMO_BACKEND_MODULE), messages },
    onDemandMessages: onDemandMessages(files, entry),
    onDemandCode: code,
    onDemandCodeFile: `orderzone-on-demand-code-${createHash('sha256').update(onDemandCodeModule(code)).digest('base64url').slice(0, 8)}.mjs`,
  };
}

/** The element (its product name) whose class a file of the bundle carries, if any. */
function elementOf(file: BundleFile | undefined): string | undefined {
  return /^elements\/src\/components\/([^/]+)\/\1\.ts$/.exec(file?.facade ?? '')?.[1];
}

/**
 * {@link BundleManifest.onDemandCode}: for each load of code on demand, by the name it is announced
 * under (`codeLoading()` of `@orderzone/core`), the files its code imports at any depth that are not
 * loaded already:
 * - each element the entry loads by `import()` (its product name), with the zone parts its
 *   constructor names (`elementZoneParts`), its own chunk left out (the module asks for it);
 * - each part of a zone (`cart`, `checkout`, `bookings`, `account`: what `zone.load()` fetches,
 *   from a view or from a merchant's code), with the parts it needs, its own chunk left out;
 * - each load an element's code names itself (`codeLoading('payment-step')`: the chunk whose module
 *   is `payment-step.ts`), less what every chunk that loads it holds already.
 * The first paint's files are left out of every list. `sources` reads a module's text (a test gives its own).
 */
export function onDemandCode(files: Record<string, BundleFile>, entry: string, sources: (module: string) => string = readPackageSource): Record<string, string[]> {
  const withEntry = staticClosure(files, [entry]);
  const partModules = zonePartModules(sources);
  const partFiles = (part: ZonePart): string[] => partModules[part].map((module) => fileHolding(files, module));
  const result: Record<string, string[]> = {};
  const list = (name: string, roots: string[], own: string, loaded: ReadonlySet<string> = withEntry): void => {
    const needed = [...staticClosure(files, roots)].filter((file) => file !== own && !withEntry.has(file) && !loaded.has(file));
    if (needed.length > 0) result[name] = needed.sort();
  };
  for (const file of files[entry]!.dynamicImports) {
    const tag = elementOf(files[file]);
    if (tag) list(tag, [file, ...elementZoneParts(tag, sources).flatMap(partFiles)], file);
  }
  for (const part of Object.keys(partModules) as ZonePart[]) list(part, partFiles(part), partFiles(part)[0]!);
  const named = new Set(Object.values(files).flatMap((file) => file.modules)
    .filter((module) => module.startsWith('elements/src/') && module.endsWith('.ts') && sources(module).includes('codeLoading('))
    .flatMap((module) => codeLoadNames(module, sources)));
  for (const name of named) {
    const holders = Object.keys(files).filter((file) => files[file]!.facade?.endsWith(`/${name}.ts`));
    if (holders.length !== 1) throw new Error(`codeLoading('${name}') names the chunk of a module ${name}.ts, but ${holders.length} chunks of the bundle are one.`);
    const own = holders[0]!;
    const importers = Object.keys(files).filter((file) => files[file]!.dynamicImports.includes(own)).map((file) => staticClosure(files, [file]));
    const loaded = new Set([...(importers[0] ?? [])].filter((file) => importers.every((closure) => closure.has(file))));
    list(name, [own], own, loaded);
  }
  return result;
}

/** The source of {@link BundleManifest.onDemandCodeFile}. */
export function onDemandCodeModule(code: Record<string, string[]>): string {
  return `export default${JSON.stringify(code)}\n`;
}

/**
 * For each element the entry loads by `import()` (`components/<tag>/<tag>.ts`), the names of the
 * language chunks its code loads (by `import()` from its own chunks, and what those import), each
 * checked to exist in every language as `orderzone-<name>.<language>.mjs`.
 */
function onDemandMessages(files: Record<string, BundleFile>, entry: string): Record<string, string[]> {
  const withEntry = staticClosure(files, [entry]);
  const languageOf = (name: string): MessagesLanguage | undefined => chunkLanguage(files[name]!.modules);
  const result: Record<string, string[]> = {};
  for (const file of files[entry]!.dynamicImports) {
    const tag = elementOf(files[file]);
    if (!tag) continue;
    const element = staticClosure(files, [file]);
    const loaded = loadedMessages(files, element, [...element].filter((name) => !withEntry.has(name)));
    const names = new Set([...loaded].map((name) => {
      const language = languageOf(name)!;
      const stem = /^orderzone-(.+)\.mjs$/.exec(name)?.[1];
      if (!stem?.endsWith(`.${language}`)) throw new Error(`${name} holds ${language} messages but is not named ${languageChunkFileName(`<name>.${language}`)}.`);
      return stem.slice(0, -language.length - 1);
    }));
    for (const name of names) for (const language of MESSAGE_LANGUAGES) if (!files[languageChunkFileName(`${name}.${language}`)]) throw new Error(`${tag} loads ${name} messages, but the bundle has no ${languageChunkFileName(`${name}.${language}`)}.`);
    if (names.size > 0) result[tag] = [...names].sort();
  }
  return result;
}

/** A Vite plugin that writes `chunks.json` beside the bundle. */
export function bundleManifest(entry: string): Plugin {
  return {
    name: 'orderzone-bundle-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const manifest = manifestOf(chunks, entry);
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify(manifest, null, 1)}\n` });
      this.emitFile({ type: 'asset', fileName: manifest.onDemandCodeFile, source: onDemandCodeModule(manifest.onDemandCode) });
    },
  };
}
