/**
 * Vite config of the Vue example (`npm run dev|build -w @orderzone/example-vue`). Vue compiles the
 * OrderZone tags as custom elements (not Vue components); the workspace packages are used from
 * source through the `@orderzone/source` export condition.
 */
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const orderZoneTags = new Set(['order-zone', 'product-picker', 'product-detail', 'cart-panel', 'checkout-form', 'order-confirmation']);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => orderZoneTags.has(tag) } } })],
  resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
  // nanostores reads process.env.NODE_ENV at run time.
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') },
  // One chunk holds the framework, every element and the embedded demo backend with its catalog
  // (about 700 kB minified, 200 kB gzipped): expected for this demo, so Vite need not warn about it.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
});
