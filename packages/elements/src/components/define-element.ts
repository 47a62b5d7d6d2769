/**
 * Registers a custom element once. Registering the same class again does nothing; another class
 * under a taken tag (two copies of OrderZone on one page) is left alone with a console warning.
 *
 * @module
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`OrderZone: <${tag}> is already registered by another copy of OrderZone; keeping the first one.`);
  }
}
