/**
 * What the elements' code says about its loads on demand, read at build time from the code itself,
 * so the script-tag loader's lists (`onDemandCode` of `chunks.json`) follow it with no table to keep:
 * - the zone parts an element loads before it renders, the second argument of its constructor's
 *   `super(messages, ['checkout', 'bookings'])` (`ZoneElement`), whether `<order-zone>` shows it or
 *   a page holds it on its own;
 * - the names its own loads by `import()` go by, `codeLoading('payment-step')` (from
 *   `@orderzone/core`): a name is the file name of the module that load imports (`payment-step.ts`),
 *   which `bundle-manifest.ts` resolves to its chunk, failing the build when no chunk or several are it.
 *
 * @module
 */
import type { ZonePart } from '@orderzone/core';
import ts from 'typescript';
import { parse } from './zone-part-modules.ts';

/** An element's module, relative to `packages/`. */
export const elementModule = (tag: string): string => `elements/src/components/${tag}/${tag}.ts`;

/**
 * The zone parts the element `tag` loads before it renders: the array literal its constructor gives
 * `super()` second; none when it gives one argument. Throws when that argument is not written out.
 */
export function elementZoneParts(tag: string, sources: (module: string) => string): ZonePart[] {
  const module = elementModule(tag);
  const parts: ZonePart[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword && node.arguments.length > 1) {
      const given = node.arguments[1]!;
      if (!ts.isArrayLiteralExpression(given) || !given.elements.every(ts.isStringLiteralLike)) {
        throw new Error(`${module}: the zone parts given to super() are not written out as ['checkout', …]: ${given.getText()}.`);
      }
      parts.push(...given.elements.map((part) => (part as ts.StringLiteralLike).text as ZonePart));
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(module, sources));
  return parts;
}

/** The names `module`'s code gives `codeLoading()` written out (`codeLoading('payment-step')`); a name computed at run time is not one of its own loads (the core's parts). */
export function codeLoadNames(module: string, sources: (module: string) => string): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'codeLoading') {
      const [name] = node.arguments;
      if (name && ts.isStringLiteralLike(name)) names.push(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(module, sources));
  return names;
}
