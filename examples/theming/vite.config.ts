/**
 * Vite config of the theming example: three pages (default, dark, brand), the same shop styled by
 * CSS alone. It reuses the root config's resolve conditions and `define`, so the workspace packages
 * run from source.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import rootConfig from '../../vite.config.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  resolve: rootConfig.resolve,
  define: rootConfig.define,
  server: { port: 5174, strictPort: false },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: here('./index.html'), default: here('./default.html'), dark: here('./dark.html'), brand: here('./brand.html') } },
  },
});
