#!/usr/bin/env node
// `orderzone-server`: the OrderZone server and its tools (src/cli/main.ts). A published package
// runs its build (dist/); in the repository, without a build, the TypeScript sources run through
// tsx, with the workspace packages resolved to their sources (the `@orderzone/source` condition).
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/main.js', import.meta.url);
let entry = built;
if (!existsSync(fileURLToPath(built))) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  // Registered after tsx, so it runs first: every import also matches the `@orderzone/source` condition.
  const hooks = `export async function resolve(specifier, context, next) {
    return next(specifier, { ...context, conditions: ['@orderzone/source', ...context.conditions] });
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  entry = new URL('../src/cli/main.ts', import.meta.url);
}

const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
