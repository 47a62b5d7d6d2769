/**
 * What axe-core (the copy @open-wc/testing loads) leaves for a person to review, next to what it
 * calls a violation: `expect(el).shadowDom.to.be.accessible()` fails on violations only, while a
 * "needs review" result (a typed "×" whose name axe cannot match, a colour it cannot measure) is
 * just as much a problem for an audit. Test-only.
 *
 * @module
 */
import type { AxeResults } from 'axe-core';

type Axe = { run(context: Element, options: object): Promise<AxeResults> };

/** `rule: target` for every violation and every "needs review" result of `rules` in `el` (its shadow tree included). */
export async function axeFindings(el: Element, rules: readonly string[]): Promise<string[]> {
  const global = window as unknown as { axe?: Axe };
  // @ts-expect-error -- the browser build has no types of its own: it registers window.axe.
  if (!global.axe) await import('axe-core/axe.min.js');
  const results = await global.axe!.run(el, { runOnly: { type: 'rule', values: [...rules] }, resultTypes: ['violations', 'incomplete'] });
  return [...results.violations, ...results.incomplete].flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${JSON.stringify(node.target)}`));
}
