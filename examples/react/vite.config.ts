/**
 * Vite config of the React example (`npm run dev|build -w @orderzone/example-react`). Vite compiles
 * the JSX itself (automatic runtime, from tsconfig `jsx: react-jsx`); the workspace packages are used
 * from source through the `@orderzone/source` export condition.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
  // nanostores and React read process.env.NODE_ENV.
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') },
  // One chunk holds the framework, every element and the embedded demo backend with its catalog
  // (about 700 kB minified, 200 kB gzipped): expected for this demo, so Vite need not warn about it.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
});
