// How the size scripts measure (size-budget.mjs checks, size-composition.mjs explains): brotli at
// quality 11, and @orderzone/core's main entry built alone, minified, with its dependencies, the way
// an app's bundler includes it; the parts it loads on demand with import() (checkout, bookings,
// account) come out as chunks of their own.
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const coreEntry = fileURLToPath(new URL('../../core/src/index.ts', import.meta.url));

/** The brotli size (quality 11) of `code`, in bytes. */
export const brotli = (code) => brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `bytes` as KiB with one decimal. */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The files of a bundle (`chunks.json`'s `files`) that `names` import statically, `names` included. */
export function staticClosure(files, names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !files[name]) return;
    seen.add(name);
    files[name].imports.forEach(visit);
  };
  names.forEach(visit);
  return seen;
}

/** The language of a file that holds one language's messages only (modules `….messages.<language>.ts`, `…-messages.<language>.ts` in the core), else undefined. */
export function messagesLanguageOf(files, name) {
  const found = new Set(files[name]?.modules.map((module) => /[.-]messages\.([a-zA-Z]+-[a-zA-Z]+)\.ts$/.exec(module)?.[1]));
  return found.size === 1 && !found.has(undefined) ? [...found][0] : undefined;
}

/**
 * The chunks of `language`'s messages that the files `code` (a set, with their static imports) load by `import()`, with
 * what those import: the element's own and the core's it shows. A part's messages that `code` asks for beside the part's
 * own code, loaded by `import()` too (`messagesOf` a file not in `code`: the live payment step's), count with that part.
 */
export function shownMessages(files, code, language) {
  const loaded = [...code].flatMap((name) => files[name].dynamicImports ?? []);
  return staticClosure(files, loaded.filter((name) => messagesLanguageOf(files, name) === language && !(files[name].messagesOf && !code.has(files[name].messagesOf))));
}

/**
 * Builds `@orderzone/core`'s main entry (src/index.ts + deps) in memory, minified: the entry named
 * `fileName`, plus a chunk for each part loaded on demand.
 */
export function buildCoreMainEntry(fileName) {
  // As an app that imports the core bundles it: what the entry shares with the parts stays in the
  // entry's chunk (a library build's strict entry signature would split it into chunks of its own).
  return buildMinified(coreEntry, fileName, { preserveEntrySignatures: 'allow-extension' });
}

/** An in-memory, minified ES build of `entry` (sources through the `@orderzone/source` condition). */
function buildMinified(entry, fileName, { plugins = [], preserveEntrySignatures } = {}) {
  return build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: { ...(preserveEntrySignatures ? { preserveEntrySignatures } : {}), output: { minify: true } },
    },
  });
}

/**
 * What a build of {@link buildCoreMainEntry} loads: `{ entry, onDemand }`, each a list of chunks. The
 * entry and the chunks it imports statically load with `import '@orderzone/core'`; the others only
 * through `zone.load()`.
 */
export function coreChunks(build) {
  const chunks = [build].flat().flatMap((out) => out.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = new Set();
  const visit = (chunk) => {
    if (!chunk || entry.has(chunk)) return;
    entry.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  chunks.filter((chunk) => chunk.isEntry).forEach(visit);
  return { entry: [...entry], onDemand: chunks.filter((chunk) => !entry.has(chunk)) };
}

/**
 * What the first paint carries before any element, cart or text: Lit (element, templates, styles,
 * the decorators), @lit/context, nanostores and the zod/mini schemas the REST adapter checks catalog
 * answers with. Built as one minified file; its brotli size is the least a first paint on this
 * stack can weigh.
 */
export function buildStackFloor() {
  const id = '\0orderzone-stack-floor';
  const code = [
    "export { LitElement, html, css } from 'lit';",
    "export { property, state, query } from 'lit/decorators.js';",
    "export { ContextProvider, ContextConsumer, createContext } from '@lit/context';",
    "export { atom, computed } from 'nanostores';",
    "export { CategorySchema, ProductPageSchema, ProductSchema } from '@orderzone/core/schemas';",
  ].join('\n');
  const plugin = { name: 'orderzone-stack-floor', enforce: 'pre', resolveId: (source) => (source.endsWith('orderzone-stack-floor') ? id : null), load: (module) => (module === id ? code : null) };
  return buildMinified('orderzone-stack-floor', 'stack-floor.mjs', { plugins: [plugin] });
}

