// How the size scripts measure (size-budget.ts checks, size-composition.ts explains, order-detail-views.ts
// reports): brotli at quality 11, the built script-tag bundle read from its `chunks.json`, and
// @orderzone/core's main entry built alone, minified, with its dependencies, the way an app's bundler
// includes it; the parts it loads on demand with import() (checkout, bookings, account) come out as
// chunks of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Rolldown } from 'vite';
import { loadedMessages, staticClosure, type BundleFile, type MessagesLanguage } from './bundle-files.ts';
import type { BundleManifest } from './bundle-manifest.ts';
import { buildMinified } from './minified-build.ts';

const coreEntry = fileURLToPath(new URL('../../core/src/index.ts', import.meta.url));
const bundleDir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));

/** The brotli size (quality 11) of `code`, in bytes. */
export const brotli = (code: string | Uint8Array): number => brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `bytes` as KiB with one decimal. */
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** The script-tag bundle as `npm run build:bundle` wrote it to `dist/bundle`. */
export interface BuiltBundle {
  manifest: BundleManifest;
  files: Record<string, BundleFile>;
  /**
   * The brotli size of every file a page can load: those `chunks.json` lists, the loader (`orderzone.js`)
   * and the lists of what each element on demand needs, which the loader imports once the page is idle
   * after the first paint (`onDemandCodeFile`).
   */
  sizes: Map<string, number>;
  /** The brotli size of `names` together. */
  sum(names: Iterable<string>): number;
}

/** The built bundle in `dist/bundle` (`npm run build:bundle`) with every file's brotli size. */
export function readBuiltBundle(): BuiltBundle {
  const manifest = JSON.parse(readFileSync(join(bundleDir, 'chunks.json'), 'utf8')) as BundleManifest;
  const names = [...Object.keys(manifest.files), 'orderzone.js', manifest.onDemandCodeFile];
  const sizes = new Map(names.map((name) => [name, brotli(readFileSync(join(bundleDir, name)))]));
  const sum = (files: Iterable<string>): number => [...files].reduce((total, name) => total + sizes.get(name)!, 0);
  return { manifest, files: manifest.files, sizes, sum };
}

/**
 * The files of a first paint with api in `language`: the loader, the module with its static imports,
 * and what the loader preloads for such a page (the REST adapter and the messages of that language).
 */
export function firstPaintFiles(manifest: BundleManifest, language: MessagesLanguage): Set<string> {
  return new Set(['orderzone.js', ...staticClosure(manifest.files, ['orderzone.mjs', ...manifest.firstPaint.api, ...manifest.firstPaint.messages[language]])]);
}

/**
 * What the files `roots` add to a first paint with api in `language`: their code with its static
 * imports, and the messages of that language it loads (an element's own, the core's checkout and
 * booking ones; not those of a part it loads by `import()` beside the part's code: `loadedMessages`).
 */
export function beyondFirstPaint(manifest: BundleManifest, roots: readonly string[], language: MessagesLanguage): string[] {
  const code = staticClosure(manifest.files, roots);
  const firstPaint = firstPaintFiles(manifest, language);
  return [...new Set([...code, ...loadedMessages(manifest.files, code, code, language)])].filter((name) => !firstPaint.has(name));
}

/**
 * Builds `@orderzone/core`'s main entry (src/index.ts + deps) in memory, minified: the entry named
 * `fileName`, plus a chunk for each part loaded on demand.
 */
export function buildCoreMainEntry(fileName: string): Promise<Rolldown.OutputChunk[]> {
  // As an app that imports the core bundles it: what the entry shares with the parts stays in the
  // entry's chunk (a library build's strict entry signature would split it into chunks of its own).
  return buildMinified(coreEntry, fileName, { preserveEntrySignatures: 'allow-extension' });
}

/**
 * What a build of {@link buildCoreMainEntry} loads: `{ entry, onDemand }`, each a list of chunks. The
 * entry and the chunks it imports statically load with `import '@orderzone/core'`; the others only
 * through `zone.load()`.
 */
export function coreChunks(chunks: Rolldown.OutputChunk[]): { entry: Rolldown.OutputChunk[]; onDemand: Rolldown.OutputChunk[] } {
  const entry = staticClosure(Object.fromEntries(chunks.map((chunk) => [chunk.fileName, chunk])), chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  return { entry: chunks.filter((chunk) => entry.has(chunk.fileName)), onDemand: chunks.filter((chunk) => !entry.has(chunk.fileName)) };
}
