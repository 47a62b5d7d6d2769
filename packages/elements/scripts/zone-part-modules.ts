/**
 * Which core modules each part of a zone loads (`zone.load('checkout')`…), read at build time from the
 * core's own code, not copied by hand: the zone's `creators` in `core/src/zone/order-zone.ts` say, part
 * by part, which module it asks for by `import()` and which other parts it loads with it
 * (`creators.cart()`…); the cart's code is what `createLightOrderZone` (`light-order-zone.ts`) asks for
 * by `import()`, the one zone whose cart loads apart. A new part, a part that comes to need another,
 * or a module moved is followed with no word here; a `creators` written so that this reading finds a
 * part without a module throws, naming the part, and a module no file of the bundle holds fails the
 * build naming it (`fileHolding` in `bundle-files.ts`).
 *
 * @module
 */
import { dirname, join, relative } from 'node:path';
import type { ZonePart } from '@orderzone/core';
import ts from 'typescript';
import { packagesDir, readPackageSource } from './bundle-files.ts';

/** The zone's assembly, whose `creators` load each part. */
export const ZONE_MODULE = 'core/src/zone/order-zone.ts';
/** The zone whose cart's code loads by `import()`. */
export const LIGHT_ZONE_MODULE = 'core/src/zone/light-order-zone.ts';

/** What one part's creator says: the modules it asks for by `import()`, the parts it loads with it. */
interface PartCode {
  modules: string[];
  needs: string[];
}

/** The source file `module` (relative to `packages/`), parsed. */
export function parse(module: string, sources: (module: string) => string): ts.SourceFile {
  return ts.createSourceFile(module, sources(module), ts.ScriptTarget.Latest, true);
}

/** The modules `node`'s code asks for by `import('…')`, relative to `packages/`, and the parts it loads (`creators.<part>()`). */
function codeOf(node: ts.Node, from: string): PartCode {
  const code: PartCode = { modules: [], needs: [] };
  const visit = (child: ts.Node): void => {
    if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = child.arguments;
      if (!specifier || !ts.isStringLiteralLike(specifier)) throw new Error(`${from}: an import() whose module is not written out: ${child.getText()}.`);
      code.modules.push(relative(packagesDir, join(packagesDir, dirname(from), specifier.text)).split('\\').join('/'));
    }
    if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && child.expression.expression.getText() === 'creators') {
      code.needs.push(child.expression.name.text);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return code;
}

/** The object literal `creators` in the zone's assembly: each part's creator. */
function creatorsOf(file: ts.SourceFile): ts.ObjectLiteralExpression {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'creators' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) found = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!found) throw new Error(`${file.fileName} has no \`const creators = {…}\`: zonePartModules() cannot tell what each zone part loads.`);
  return found;
}

/**
 * The modules each part of a zone loads, those of the parts it loads with it included (every part
 * needs the cart; the account, the checkout), relative to `packages/`. `sources` reads a module's
 * text (the checkout's files by default; a test gives its own).
 */
export function zonePartModules(sources: (module: string) => string = readPackageSource): Record<ZonePart, string[]> {
  const zone = parse(ZONE_MODULE, sources);
  const parts = new Map<string, PartCode>();
  for (const property of creatorsOf(zone).properties) {
    if (!property.name) continue;
    parts.set(property.name.getText(), codeOf(property, ZONE_MODULE));
  }
  // The cart's creator takes it from the zone's cart source: its code is what the light zone asks for by import().
  const cart = parts.get('cart');
  if (cart && cart.modules.length === 0) cart.modules.push(...codeOf(parse(LIGHT_ZONE_MODULE, sources), LIGHT_ZONE_MODULE).modules);
  const result: Record<string, string[]> = {};
  const loads = (part: string, seen: Set<string>): string[] => {
    const code = parts.get(part);
    if (!code) throw new Error(`${ZONE_MODULE}: a creator loads the zone part "${part}", which has no creator of its own.`);
    if (seen.has(part)) return [];
    seen.add(part);
    return [...code.modules, ...code.needs.flatMap((need) => loads(need, seen))];
  };
  for (const part of parts.keys()) {
    const modules = [...new Set(loads(part, new Set()))];
    if (parts.get(part)!.modules.length === 0) throw new Error(`${ZONE_MODULE}: found no import() of the zone part "${part}"'s code in its creator.`);
    result[part] = modules;
  }
  return result as Record<ZonePart, string[]>;
}
