// No import cycles inside a package (issue 17): a module that imports, even only a type, from a
// module that imports it back cannot be read or tested on its own, and a cycle's evaluation order
// decides which side sees `undefined`. Each package's source (tests and test helpers aside) is parsed
// with TypeScript, its static imports (types included) are resolved to files, and every strongly
// connected component of more than one module, or a module importing itself, is a failure naming
// its modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isTestFile = (file) => /\.test\.ts$|\.e2e\.ts$|[\\/]testing[\\/]/.test(file);

/** Every `.ts` source file under `dir`, tests and test helpers aside. */
function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !isTestFile(path)) out.push(path);
  }
  return out;
}

/** The file a relative specifier names (`./a.js` → `a.ts`, `./dir` → `dir/index.ts`), or undefined. */
function resolveRelative(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * The specifiers a module imports statically: `import`, `import type`, `export … from` and type
 * positions' `import('…')`. A dynamic `import()` call is left out: it is how a module loads another
 * on demand, evaluated after both, so it cannot make a cycle of evaluation.
 */
function staticSpecifiers(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Module → the modules it imports statically (values and types alike). */
function importGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const targets = staticSpecifiers(file).map((specifier) => resolveRelative(file, specifier)).filter(Boolean);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one module, plus self-imports. */
function cycles(graph) {
  let index = 0;
  const indices = new Map();
  const lowlinks = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    indices.set(node, index);
    lowlinks.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!indices.has(next)) {
        visit(next);
        lowlinks.set(node, Math.min(lowlinks.get(node), lowlinks.get(next)));
      } else if (onStack.has(next)) {
        lowlinks.set(node, Math.min(lowlinks.get(node), indices.get(next)));
      }
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.reverse());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

for (const name of readdirSync(join(root, 'packages'))) {
  const src = join(root, 'packages', name, 'src');
  if (!existsSync(src)) continue;
  test(`@orderzone/${name}: no import cycle between its modules`, () => {
    const found = cycles(importGraph(sourceFiles(src)));
    const described = found.map((component) => component.map((file) => relative(src, file)).join(' ⇄ '));
    assert.deepEqual(described, [], `import cycles in packages/${name}/src:\n  ${described.join('\n  ')}`);
  });
}
