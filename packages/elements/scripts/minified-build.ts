/**
 * An in-memory, minified build of one entry for the browser, the way the size scripts measure the
 * core's main entry (`size-measure.ts`) and the benchmarks build what they load into a page
 * (`examples/script-tag/bench`): sources through the `@orderzone/source` condition, `NODE_ENV`
 * production, ES2022, every dependency inlined.
 *
 * @module
 */
import { build, defaultClientConditions, type Rolldown } from 'vite';

/** How {@link buildMinified} builds. */
export interface MinifiedBuildOptions {
  /** A classic script (IIFE) that sets `window[global]` to the entry's exports, instead of an ES module. */
  global?: string;
  /** Rolldown's `preserveEntrySignatures`: `allow-extension` keeps what the entry shares with its `import()`s in the entry's chunk. */
  preserveEntrySignatures?: 'allow-extension';
}

/** The chunks of a build's output (Vite's `build()` with `write: false`). */
export function chunksOf(output: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk[] {
  return [output as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]].flat().flatMap((out) => out.output).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}

/** Builds `entry` in memory, minified: its chunks, the entry's named `fileName`. */
export async function buildMinified(entry: string, fileName: string, { global, preserveEntrySignatures }: MinifiedBuildOptions = {}): Promise<Rolldown.OutputChunk[]> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@orderzone/source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: [global ? 'iife' : 'es'], ...(global ? { name: global } : {}), fileName: () => fileName },
      rolldownOptions: { ...(preserveEntrySignatures ? { preserveEntrySignatures } : {}), output: { minify: true } },
    },
  });
  return chunksOf(output);
}
