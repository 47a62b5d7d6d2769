/**
 * Vite config for the demo shop (`npm start`, `npm run build -w @orderzone/example-shop`). The
 * workspace packages are used from source through the `@orderzone/source` export condition, so
 * the demo always runs the code in this checkout with no build step.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const shopRoot = fileURLToPath(new URL('./examples/shop', import.meta.url));

export default defineConfig({
  root: shopRoot,
  resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
  // nanostores reads process.env.NODE_ENV at run time.
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'development') },
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
