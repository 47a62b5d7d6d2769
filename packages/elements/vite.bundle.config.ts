/**
 * The script-tag bundle (`npm run build:bundle`), written to `dist/bundle/`:
 * - `orderzone.mjs` + `orderzone-*.mjs` chunks: the elements as one ES module whose parts not needed
 *   for the first paint are split into chunks loaded by `import()` (`vite build -c vite.bundle.config.ts`);
 * - `orderzone.js`: a tiny classic script (IIFE) that creates `window.OrderZone` and imports
 *   `orderzone.mjs` from its own folder (`--mode loader`).
 * Minified, every dependency inlined, sources read through the `@orderzone/source` condition.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const loader = mode === 'loader';
  return {
    resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
    define: {
      // nanostores reads process.env.NODE_ENV at run time; library mode does not replace it by itself.
      'process.env.NODE_ENV': '"production"',
      __ORDERZONE_VERSION__: JSON.stringify(version),
    },
    logLevel: 'warn',
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
        output: {
          minify: true,
          chunkFileNames: 'orderzone-[name]-[hash].mjs',
        },
      },
    },
  };
});
