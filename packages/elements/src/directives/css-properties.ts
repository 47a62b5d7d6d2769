/**
 * `${cssProperties({ '--_filled': '40%' })}` on an element: sets inline CSS properties through the
 * CSSOM (`style.setProperty`), never through the `style` attribute, so it works under a
 * Content-Security-Policy without `'unsafe-inline'` (Lit's `styleMap` writes the attribute on its
 * first render, which such a policy blocks). Values are set one property at a time: a value can never
 * add another property.
 *
 * @module
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element: <div ${cssProperties({...})}>');
  }

  render(_properties: Readonly<Record<string, string | undefined>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string | undefined>>]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return nothing;
  }
}

// Typed here so the declarations name `lit`, the package OrderZone depends on, not lit's own lit-html.
/** Sets CSS properties (custom properties included) on the element through the CSSOM. */
export const cssProperties: (properties: Readonly<Record<string, string | undefined>>) => DirectiveResult<typeof CssPropertiesDirective> = directive(CssPropertiesDirective);
