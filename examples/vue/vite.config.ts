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
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
