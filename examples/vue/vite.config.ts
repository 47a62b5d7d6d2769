/**
 * Vite config of the Vue example (`npm run dev|build -w @orderzone/example-vue`). Vue compiles the
 * OrderZone tags as custom elements (not Vue components): `isOrderZoneElement` knows every tag. The
 * workspace packages are used from source through the `@orderzone/source` export condition, here in
 * Node too (the scripts run Vite with that condition and tsx, for this file's import).
 */
import { isOrderZoneElement } from '@orderzone/elements/vue';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isOrderZoneElement } } })],
  resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
  // nanostores reads process.env.NODE_ENV at run time.
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') },
  // One chunk holds the framework, every element and the embedded demo backend with its catalog
  // (about 700 kB minified, 200 kB gzipped): expected for this demo, so Vite need not warn about it.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
});
