/**
 * Lit's `@property()` and `@state()` for the legacy decorators OrderZone's elements are compiled with
 * (`experimentalDecorators` and `useDefineForClassFields: false` in the tsconfig the build, the
 * bundle and the tests use). Lit's own take standard decorators too: that half never runs here and
 * was shipped in the script-tag bundle's first paint (the coverage audit,
 * `npm run coverage:first-paint -w @orderzone/example-script-tag`). The legacy half is Lit's, word for
 * word: the class declares the property with `createProperty`, and a decorated accessor gets the
 * descriptor Lit made for it.
 *
 * @module
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

/** A legacy decorator of a field (or an accessor, whose new descriptor it returns). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript wants a property decorator to return void or any
type LegacyPropertyDecorator = (proto: object, name: PropertyKey) => any;

/** Declares a reactive property of the element (an attribute unless `attribute: false`), as Lit's `@property()`. */
export function property(options?: PropertyDeclaration): LegacyPropertyDecorator {
  return (proto, name) => {
    const own = Object.prototype.hasOwnProperty.call(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };
}

/** Declares internal reactive state (no attribute), as Lit's `@state()`. */
export function state(options?: Pick<PropertyDeclaration, 'hasChanged'>): LegacyPropertyDecorator {
  return property({ ...options, state: true, attribute: false });
}
