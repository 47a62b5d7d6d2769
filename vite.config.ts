/**
 * Vite config for the demo shop (`npm start`, `npm run build -w @orderzone/example-shop`). The
 * workspace packages are used from source through the `@orderzone/source` export condition, so
 * the demo always runs the code in this checkout with no build step.
 *
 * `npm start` also runs the OrderZone server (`examples/shop/server/demo-server.ts`): the shop's API
 * at `/api` on the same origin, its data in `.data/demo` (or the folder of `ORDERZONE_DEMO_DATA`).
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { demoServer } from './examples/shop/server/demo-server.ts';

const shopRoot = fileURLToPath(new URL('./examples/shop', import.meta.url));

export default defineConfig({
  root: shopRoot,
  resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
  // nanostores reads process.env.NODE_ENV at run time.
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'development') },
  plugins: [demoServer({ dataDir: process.env.ORDERZONE_DEMO_DATA || fileURLToPath(new URL('./.data/demo', import.meta.url)) })],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    outDir: fileURLToPath(new URL('./examples/shop/dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Two pages: the shop, and the merchant console that plays the merchant's side of the demo.
    rollupOptions: { input: { shop: `${shopRoot}/index.html`, console: `${shopRoot}/console.html` } },
  },
});
