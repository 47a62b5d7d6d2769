/**
 * The modules of the script-tag bundle's `catalog-schema` chunk: zod mini's parser and the catalog's
 * schemas, with their primitives and the booking settings a product carries (not the SKU lookup of
 * quick order). The first paint no longer loads it: the REST adapter checks the catalog's answers
 * with the validators compiled from these schemas (`core/src/rest/compiled-validators/`); it loads
 * with the demo backend or the first call that needs zod (an error body, an order call, a catalog
 * answer that does not match, to name its issues). One chunk:
 * split, they compress worse and cost a request more. Calendar dates are not in it: the compiled
 * validators of the first paint use `isCalendarDate`.
 *
 * Listed by path, not matched by a pattern, so that {@link catalogSchemaModulesCheck} can fail the
 * build when one of them is renamed or moved: the group would otherwise lose it without a word.
 */
import type { Plugin } from 'vite';

/** The modules, by the end of their path (`/` separated): under `node_modules/` for zod's, under `core/src/` for ours. */
export const CATALOG_SCHEMA_MODULES: readonly string[] = [
  ...['util', 'core', 'errors', 'parse', 'regexes', 'checks', 'versions', 'schemas', 'api'].map((name) => `node_modules/zod/v4/core/${name}.js`),
  ...['schemas', 'iso'].map((name) => `node_modules/zod/v4/mini/${name}.js`),
  'core/src/catalog/primitive-schemas.ts',
  'core/src/catalog/catalog-schema.ts',
  'core/src/booking/booking-rules-schema.ts',
  'core/src/booking/time-schemas.ts',
  'core/src/booking/booking-config-schema.ts',
];

/** A module id as a `/`-separated path, without a query (`?...`). */
function pathOf(id: string): string {
  return id.replace(/\?.*$/, '').replaceAll('\\', '/');
}

/** The entry of `modules` that the module `id` is, if any. */
function listedAs(id: string, modules: readonly string[]): string | undefined {
  const path = pathOf(id);
  return modules.find((module) => path.endsWith(`/${module}`));
}

/** True when the module `id` belongs to the chunk (the code-splitting group's `test`). */
export function isCatalogSchemaModule(id: string, modules: readonly string[] = CATALOG_SCHEMA_MODULES): boolean {
  return listedAs(id, modules) !== undefined;
}

/** The entries of `modules` that no module of the build (`moduleIds`) is, in the list's order. */
export function missingCatalogSchemaModules(moduleIds: Iterable<string>, modules: readonly string[] = CATALOG_SCHEMA_MODULES): string[] {
  const found = new Set<string>();
  for (const id of moduleIds) {
    const module = listedAs(id, modules);
    if (module) found.add(module);
  }
  return modules.filter((module) => !found.has(module));
}

/** The build error for `missing` modules of the list, naming each and where the list is. */
export function missingCatalogSchemaModulesMessage(missing: readonly string[]): string {
  return `CATALOG_SCHEMA_MODULES (packages/elements/scripts/catalog-schema-modules.ts) lists ${missing.length === 1 ? 'a module' : 'modules'} the bundle does not have: ${missing.join(', ')}. `
    + 'Renamed or moved? Update the list, or the first paint\'s schemas chunk loses it.';
}

/** Fails the build when a module of `modules` is not part of it (see the module). */
export function catalogSchemaModulesCheck(modules: readonly string[] = CATALOG_SCHEMA_MODULES): Plugin {
  return {
    name: 'orderzone-catalog-schema-modules',
    buildEnd(error) {
      if (error) return;
      const missing = missingCatalogSchemaModules(this.getModuleIds(), modules);
      if (missing.length > 0) this.error(missingCatalogSchemaModulesMessage(missing));
    },
  };
}
