/**
 * The list of the first paint's schemas chunk (`catalog-schema-modules.ts`): every module it names
 * is in the build, and a module renamed or moved fails the build with its name instead of leaving
 * the chunk without a word.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CATALOG_SCHEMA_MODULES, catalogSchemaModulesCheck, isCatalogSchemaModule, missingCatalogSchemaModules } from './catalog-schema-modules.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
/** Where each listed module is in this checkout (zod under the root's node_modules, ours under packages/). */
const onDisk = (module: string): string => `${repo}${module.startsWith('node_modules/') ? '' : 'packages/'}${module}`;

/** Runs the check's `buildEnd` over a build of `moduleIds`; answers the error it raised, if any. */
function runCheck(moduleIds: string[], modules?: readonly string[]): string | undefined {
  const plugin = catalogSchemaModulesCheck(modules) as Plugin & { buildEnd: (this: unknown, error?: Error) => void };
  let raised: string | undefined;
  const context = {
    getModuleIds: () => moduleIds[Symbol.iterator](),
    error: (message: string) => {
      raised = message;
      throw new Error(message);
    },
  };
  try {
    plugin.buildEnd.call(context);
  } catch {
    // The error is `raised`.
  }
  return raised;
}

describe('CATALOG_SCHEMA_MODULES', () => {
  it('names modules that exist in this checkout', () => {
    assert.deepEqual(CATALOG_SCHEMA_MODULES.filter((module) => !existsSync(onDisk(module))), []);
  });

  it('groups the listed modules, wherever the build reads them from, and nothing else', () => {
    assert.equal(isCatalogSchemaModule('/w/packages/core/src/catalog/catalog-schema.ts'), true);
    assert.equal(isCatalogSchemaModule('C:\\w\\node_modules\\zod\\v4\\mini\\iso.js'), true);
    assert.equal(isCatalogSchemaModule('/w/packages/core/src/catalog/catalog-schema.ts?used'), true);
    assert.equal(isCatalogSchemaModule('/w/packages/core/src/catalog/sku-lookup.ts'), false);
    assert.equal(isCatalogSchemaModule('/w/node_modules/zod/v4/core/registries.js'), false);
    assert.equal(isCatalogSchemaModule('/w/packages/core/src/catalog/my-catalog-schema.ts'), false);
  });

  it('lets a build with every listed module through', () => {
    assert.equal(runCheck(CATALOG_SCHEMA_MODULES.map(onDisk)), undefined);
  });

  it('fails the build naming a listed module that was renamed or moved', () => {
    const moved = CATALOG_SCHEMA_MODULES.map(onDisk).map((id) => id.replace('booking/time-schemas.ts', 'booking/time/time-schemas.ts'));
    assert.deepEqual(missingCatalogSchemaModules(moved), ['core/src/booking/time-schemas.ts']);
    const message = runCheck(moved);
    assert.match(message ?? '', /CATALOG_SCHEMA_MODULES .* does not have: core\/src\/booking\/time-schemas\.ts\. Renamed or moved\?/);
  });
});
