// An object property given as an attribute (what React does with zone={zone} on an element not
// registered yet) is lost: the element says so in the console, with the fix.
import { expect } from '@open-wc/testing';
import '../testing/define-all.ts';

let warnings: string[] = [];
const warn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = warn;
  document.body.replaceChildren();
});

describe('object properties given as attributes', () => {
  it('<cart-panel zone="[object Object]"> warns once, naming the property and the fix', () => {
    const el = document.createElement('cart-panel');
    el.setAttribute('zone', '[object Object]');
    document.body.append(el);
    expect(warnings.filter((w) => w.includes('"zone"'))).to.deep.equal([
      `OrderZone: <cart-panel> got "zone" as an attribute, which holds only text; set it as a property (element.zone = …). In React, register the element before rendering it: import '@orderzone/elements/define/cart-panel'.`,
    ]);
  });

  it('<order-zone> says so for its adapter too, and nothing for a zone given as a property', () => {
    const el = document.createElement('order-zone');
    el.setAttribute('adapter', '[object Object]');
    document.body.append(el);
    expect(warnings.filter((w) => w.includes('as an attribute'))).to.have.length(1);
    expect(warnings[0]).to.contain('<order-zone> got "adapter" as an attribute');

    const fine = document.createElement('cart-panel');
    fine.zone = el.zone;
    document.body.append(fine);
    expect(warnings.filter((w) => w.includes('as an attribute'))).to.have.length(1);
  });
});
