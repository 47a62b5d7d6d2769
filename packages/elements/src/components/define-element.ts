/**
 * Registers a custom element once, without ever stopping the page. Registering the same class again
 * does nothing; another copy of OrderZone's class under a taken tag (two copies of OrderZone on one
 * page) is left alone with a console warning; a tag another library took first is left to it with a
 * console error that names the tag and the way out (a prefix of the merchant's own), and the other
 * OrderZone elements still register.
 *
 * @module
 */

/** Every class any copy of OrderZone registered on this page (shared between copies through the global symbol registry). */
const ORDERZONE_CLASSES = Symbol.for('orderzone.element-classes');
type ClassRegistry = { [ORDERZONE_CLASSES]?: WeakSet<CustomElementConstructor> };

function orderZoneClasses(): WeakSet<CustomElementConstructor> {
  const global = globalThis as ClassRegistry;
  return (global[ORDERZONE_CLASSES] ??= new WeakSet());
}

/** What the console says when `tag` is taken by a script that is not OrderZone. */
export function tagTakenMessage(tag: string): string {
  return `OrderZone: <${tag}> is already defined by another script, so OrderZone left it alone (its other elements work). For all of them, use a prefix: defineOrderZoneElements({ prefix: 'shop' }) from '@orderzone/elements' gives <shop-${tag}>, <shop-order-zone>...`;
}

const reported = new Set<string>();

/**
 * Says so in the console (once per tag) when `tag` is registered by a class that is not `ctor`:
 * another copy of OrderZone (a warning) or another script (an error with the way out). True when
 * the tag is taken by such a class.
 */
export function reportTagTaken(tag: string, ctor?: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (!existing || existing === ctor) return false;
  if (orderZoneClasses().has(existing)) {
    if (ctor && !reported.has(tag)) console.warn(`OrderZone: <${tag}> is already registered by another copy of OrderZone; keeping the first one.`);
  } else if (!reported.has(tag)) {
    console.error(tagTakenMessage(tag));
  }
  reported.add(tag);
  return true;
}

/** Registers `ctor` as `tag` unless the tag is taken (see `reportTagTaken`); never throws. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (customElements.get(tag) === ctor || reportTagTaken(tag, ctor)) return;
  try {
    customElements.define(tag, ctor);
    orderZoneClasses().add(ctor);
  } catch (error) {
    // The same class under a second name (`@orderzone/elements/define` and a prefix on one page).
    console.error(`OrderZone: could not register <${tag}> (${(error as Error).message}): register the elements once per page.`);
  }
}
