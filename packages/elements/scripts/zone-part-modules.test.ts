/**
 * `zonePartModules()`: what each zone part loads, read from the core's code (`order-zone.ts`'s
 * `creators`, the light zone's `import()` of the cart), so the script-tag loader's lists of each
 * element's code files follow a new part, a part that comes to need another or a moved module, and a
 * module the bundle does not hold fails the build with its name.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileHolding, packagesDir, readPackageSource, type BundleFile } from './bundle-files.ts';
import { LIGHT_ZONE_MODULE, ZONE_MODULE, zonePartModules } from './zone-part-modules.ts';

const source = readPackageSource;

/** This checkout's sources, with `zone`'s text changed by `edit`. */
const editedZone = (edit: (text: string) => string) => (module: string): string => (module === ZONE_MODULE ? edit(source(module)) : source(module));

describe('zonePartModules', () => {
  it("reads this checkout's zone: every part with its own module first, the cart's with each, the checkout's with the account", () => {
    const parts = zonePartModules();
    assert.deepEqual(Object.keys(parts).sort(), ['account', 'bookings', 'cart', 'checkout']);
    assert.deepEqual(Object.values(parts).flat().filter((module) => !existsSync(join(packagesDir, module))), []);
    assert.equal(parts.cart[0], 'core/src/cart/cart.ts');
    assert.equal(parts.checkout[0], 'core/src/checkout/checkout.ts');
    for (const part of ['checkout', 'bookings', 'account'] as const) assert.ok(parts[part].includes(parts.cart[0]!), `${part} loads the cart's code`);
    assert.deepEqual(parts.account.filter((module) => !parts.checkout.includes(module)), ['core/src/account/account.ts']);
  });

  it('follows a moved module and a new part that loads another, with no list to update', () => {
    const parts = zonePartModules(
      editedZone((text) =>
        text
          .replace("import('../checkout/checkout.ts')", "import('../orders/checkout.ts')")
          .replace('const creators: { [K in ZonePart]: () => Promise<ZoneParts[K]> } = {', "const creators = {\n    quotes: () => Promise.all([import('../quotes/quotes.ts'), creators.checkout()]),"),
      ),
    );
    assert.deepEqual(parts.checkout, ['core/src/orders/checkout.ts', 'core/src/cart/cart.ts']);
    assert.deepEqual((parts as Record<string, string[]>).quotes, ['core/src/quotes/quotes.ts', 'core/src/orders/checkout.ts', 'core/src/cart/cart.ts']);
  });

  it('throws naming a part whose code it cannot find, and the build names a module no file holds', () => {
    assert.throws(() => zonePartModules(editedZone((text) => text.replace("fetchPart('bookings', () => import('../booking/booking-client.ts'))", 'loadBookings()'))), /zone part "bookings"/);
    assert.throws(() => zonePartModules((module) => (module === LIGHT_ZONE_MODULE ? 'export {};' : source(module))), /zone part "cart"/);
    const files: Record<string, BundleFile> = { 'orderzone-checkout.mjs': { modules: ['core/src/checkout/checkout.ts'], imports: [], dynamicImports: [] } };
    assert.throws(() => fileHolding(files, zonePartModules(editedZone((text) => text.replace("import('../checkout/checkout.ts')", "import('../orders/checkout.ts')"))).checkout[0]!), /core\/src\/orders\/checkout\.ts/);
  });
});
