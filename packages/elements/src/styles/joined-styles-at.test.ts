import { expect } from '@open-wc/testing';
import { unsafeCSS, type CSSResult } from 'lit';
import { joinStyles } from './joined-styles.ts';
import { joinStylesAt } from './joined-styles-at.ts';

/** A shadow root whose styles are `styles`, as an element's `static styles` give them. */
function rootWith(styles: readonly CSSResult[]): ShadowRoot {
  const root = document.createElement('div').attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles.map((style) => style.styleSheet!);
  return root;
}

const names = new Map<CSSStyleSheet, string>();
/** A style named `name` (its one rule says which it is). */
function style(name: string): CSSResult {
  const result = unsafeCSS(`.${name} { color: red; }`);
  names.set(result.styleSheet!, name);
  return result;
}
const order = (root: ShadowRoot): string[] => root.adoptedStyleSheets.map((sheet) => names.get(sheet) ?? '?');

describe('joinStyles and joinStylesAt', () => {
  it("joinStyles adds a part's styles after the root's, once each", () => {
    const [own, part] = [style('own'), style('part')];
    const root = rootWith([own]);
    joinStyles(root, [part]);
    joinStyles(root, [part, own]);
    expect(order(root)).to.deep.equal(['own', 'part']);
  });

  it("joinStylesAt puts a part's styles right before the style given, its place in a static list, once each, and keeps those joined since after them", () => {
    const [tokens, card, afterSales, own, reviews, forms, step] = ['tokens', 'card', 'afterSales', 'own', 'reviews', 'forms', 'step'].map(style) as [CSSResult, CSSResult, CSSResult, CSSResult, CSSResult, CSSResult, CSSResult];
    const root = rootWith([tokens, card, afterSales, own]);
    joinStyles(root, [reviews]);
    joinStylesAt(root, [forms], afterSales);
    joinStylesAt(root, [step, forms], forms);
    expect(order(root)).to.deep.equal(['tokens', 'card', 'step', 'forms', 'afterSales', 'own', 'reviews']);
  });

  it('joinStylesAt adds them last when the style given is not in the root', () => {
    const [own, part, elsewhere] = [style('own2'), style('part2'), style('elsewhere')];
    const root = rootWith([own]);
    joinStylesAt(root, [part], elsewhere);
    expect(order(root)).to.deep.equal(['own2', 'part2']);
  });
});
