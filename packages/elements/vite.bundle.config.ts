/**
 * The script-tag bundle (`npm run build:bundle`), written to `dist/bundle/`:
 * - `orderzone.mjs` + `orderzone-*.mjs` chunks: the elements as one ES module whose parts not needed
 *   for the first paint are split into chunks loaded by `import()` (`vite build -c vite.bundle.config.ts`);
 * - `chunks.json`: every file with the modules it holds and what it imports, and the files each
 *   first paint needs (`scripts/bundle-manifest.ts`);
 * - `orderzone.js`: a tiny classic script (IIFE) that creates `window.OrderZone`, preloads the
 *   files of the page's first paint (listed in `chunks.json`: with `api` the REST adapter, and the
 *   messages of the page's language) in parallel, and an element's code files at any depth with its
 *   chunk (from `orderzone-on-demand-code-<hash>.mjs`, written with `chunks.json`), and imports
 *   `orderzone.mjs` from its own folder (`--mode loader`, built after the module).
 * Minified, every dependency inlined, sources read through the `@orderzone/source` condition. The
 * JS minifier leaves template strings alone, so the `html` and `css` literals of our elements are
 * minified first by {@link minifyLitLiterals}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { chunkLanguage } from './scripts/bundle-files.ts';
import { bundleManifest, languageChunkFileName, type BundleManifest } from './scripts/bundle-manifest.ts';
import { catalogSchemaModulesCheck, isCatalogSchemaModule } from './scripts/catalog-schema-modules.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

/**
 * Minifies the `html` and `css` tagged templates of OrderZone's own sources (Lit's are already
 * minified): comments dropped, runs of whitespace collapsed to one space (never removed, so text
 * next to an inline element keeps its space), CSS through clean-css level 1. Fails the build on a
 * template it cannot parse rather than shipping it unminified without notice.
 */
export function minifyLitLiterals(): Plugin {
  return {
    ...(minifyTemplateLiterals({
      include: [here('./src/**/*.ts'), here('../core/src/**/*.ts')],
      // palette.ts and derived-colours.ts build CSS values with unsafeCSS() and hold no css`` block:
      // nothing to minify, and the minifier would say it skips them on every build.
      exclude: ['**/*.test.ts', here('./src/styles/palette.ts'), here('./src/styles/derived-colours.ts')],
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true } },
    }) as Plugin),
    enforce: 'post',
  };
}

/** The first-paint files the loader preloads: read from the module's build, which runs first. */
function builtManifest(): BundleManifest {
  const manifest = here('./dist/bundle/chunks.json');
  if (!existsSync(manifest)) throw new Error('Build the module first (vite build -c vite.bundle.config.ts): the loader preloads the files listed in its chunks.json.');
  return JSON.parse(readFileSync(manifest, 'utf8')) as BundleManifest;
}

export default defineConfig(({ mode }) => {
  const loader = mode === 'loader';
  return {
    resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
    define: {
      // nanostores reads process.env.NODE_ENV at run time; library mode does not replace it by itself.
      'process.env.NODE_ENV': '"production"',
      __ORDERZONE_VERSION__: JSON.stringify(version),
      ...(loader
        ? {
            __ORDERZONE_API_FIRST_PAINT__: JSON.stringify(builtManifest().firstPaint.api),
            __ORDERZONE_FIRST_PAINT_MESSAGES__: JSON.stringify(builtManifest().firstPaint.messages),
            __ORDERZONE_ON_DEMAND_MESSAGES__: JSON.stringify(builtManifest().onDemandMessages),
            __ORDERZONE_ON_DEMAND_CODE__: JSON.stringify(builtManifest().onDemandCodeFile),
          }
        : {}),
    },
    logLevel: 'warn',
    plugins: loader ? [] : [minifyLitLiterals(), bundleManifest('orderzone.mjs'), catalogSchemaModulesCheck()],
    build: {
      outDir: here('./dist/bundle'),
      emptyOutDir: !loader,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: loader
        ? { entry: here('./src/bundle/orderzone-loader.ts'), formats: ['iife'], name: 'OrderZoneLoader', fileName: () => 'orderzone.js' }
        : { entry: here('./src/bundle/orderzone.ts'), formats: ['es'], fileName: () => 'orderzone.mjs' },
      rolldownOptions: {
        // The template minifier is slow by design (it parses every source); no timing report for it.
        checks: { pluginTimings: false },
        // Lets the chunks the first paint needs anyway merge into orderzone.mjs (fewer, better-compressed files).
        preserveEntrySignatures: 'allow-extension',
        output: loader
          ? // The loader is one classic script: an IIFE, which cannot be split.
            { minify: true, codeSplitting: false }
          : {
              minify: true,
              // The minifier keeps zod's and Lit's /* @__PURE__ */ marks (hints for a later bundler; none
              // follows): 400 of them cost every element 0.8 KiB brotli. Licence comments stay.
              comments: { legal: true, annotation: false, jsdoc: false },
              // A chunk of one language's messages is named without a hash, so the loader can preload the page's language of an element's messages by name.
              chunkFileNames: (chunk) => (chunkLanguage(chunk.moduleIds) ? languageChunkFileName('[name]') : 'orderzone-[name]-[hash].mjs'),
              // Everything the page start imports statically in one chunk, not one small file per shared module.
              // The messages of the first paint's elements need no group: one module per language gathers them
              // (`first-paint-messages.<language>.ts`), a chunk of its own with plain exports, which the loader preloads.
              codeSplitting: {
                groups: [
                  { name: 'first-paint', tags: ['$initial'] },
                  // zod and the catalog's schemas, which the REST adapter checks the first paint's answers with, in one chunk;
                  // not their other dependencies (zod's registry, which only the contract's order text uses, stays out).
                  { name: 'catalog-schema', test: isCatalogSchemaModule, includeDependenciesRecursively: false },
                  // The order rules <order-detail> loads with its action forms (the core's edit rules and the check and price of a
                  // refund or return request's lines, import()ed by the core's order actions too, with the split of a refund among
                  // lines that only they use), in one chunk, not three.
                  { name: 'order-rules', test: /core\/src\/(order\/(order-edit|after-sales)|money\/(allocate-money|divide-rounded))\.ts$/, includeDependenciesRecursively: false },
                ],
              },
            },
      },
    },
  };
});
