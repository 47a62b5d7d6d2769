// How the size scripts measure (size-budget.mjs checks, size-composition.mjs explains): brotli at
// quality 11, and @orderzone/core's main entry built alone, minified, with its dependencies.
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const coreEntry = fileURLToPath(new URL('../../core/src/index.ts', import.meta.url));

/** The brotli size (quality 11) of `code`, in bytes. */
export const brotli = (code) => brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `bytes` as KiB with one decimal. */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Builds `@orderzone/core`'s main entry (src/index.ts + deps) in memory, minified, as one file named `fileName`. */
export function buildCoreMainEntry(fileName) {
  return build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: coreEntry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
}
