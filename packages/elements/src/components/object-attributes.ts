/**
 * A property that holds an object (a zone, an adapter) cannot be an attribute: an attribute holds
 * text, so `zone="[object Object]"` means the object was lost on the way. That happens when React
 * renders `<cart-panel zone={zone}>` before `<cart-panel>` is registered (React sets a property only
 * on an element that has it). The element says so once, in the console, with the fix.
 *
 * @module
 */

/** Warns once for each of `names` that `el` has as an attribute. */
export function warnObjectAttributes(el: HTMLElement, names: readonly string[]): void {
  for (const name of names) {
    if (!el.hasAttribute(name)) continue;
    console.warn(
      `OrderZone: <${el.localName}> got "${name}" as an attribute, which holds only text; set it as a property (element.${name} = …). ` +
        `In React, register the element before rendering it: import '@orderzone/elements/define/${el.localName}'.`,
    );
  }
}
