// Two ESLint rules for the workspace's layering, used by .ci/eslint.config.js (`npm run lint`):
// - `orderzone/stay-in-package`: a relative import never leaves its own package (packages/<name>/),
//   so one package reaches another only by its name, that is through its public entries (`exports`);
// - `orderzone/declared-dependencies`: every package a file imports is declared in the package.json of
//   its package (tests and test helpers may also use the root's devDependencies, the shared test tools,
//   but not a sibling package the package does not declare, e.g. the demo backend in the core's tests).
import { readFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = join(root, 'packages');

/** The folder of the workspace package a file belongs to (packages/<name>), or undefined. */
function packageDirOf(file) {
  const rel = relative(packagesDir, file);
  if (rel.startsWith('..') || rel === '') return undefined;
  return join(packagesDir, rel.split(sep)[0]);
}

const manifests = new Map();
function manifest(dir) {
  if (!manifests.has(dir)) {
    const path = join(dir, 'package.json');
    manifests.set(dir, existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {});
  }
  return manifests.get(dir);
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const builtins = new Set(builtinModules);
const isTestFile = (file) => /\.test\.ts$|\.e2e\.ts$|[\\/]testing[\\/]/.test(file);

/** Calls `check(node, specifier)` for every static import, re-export and dynamic import of a string. */
function eachImport(check) {
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node, node.source.value);
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression(node) {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') check(node, node.source.value);
    },
  };
}

const stayInPackage = {
  meta: {
    type: 'problem',
    docs: { description: 'A relative import stays inside its own package; other packages are imported by name.' },
    messages: { leaves: '"{{specifier}}" leaves {{pkg}}: import the other package by its name (a public entry).' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = packageDirOf(file);
    if (!own) return {};
    return eachImport((node, specifier) => {
      if (!specifier.startsWith('.')) return;
      const target = resolve(dirname(file), specifier);
      // Tests may share another package's test suites (its src/testing/, never published).
      const sharedTestSuite = isTestFile(file) && /^src[\\/]testing[\\/]/.test(relative(packageDirOf(target) ?? root, target));
      if (packageDirOf(target) !== own && !sharedTestSuite) {
        context.report({ node, messageId: 'leaves', data: { specifier, pkg: relative(root, own) } });
      }
    });
  },
};

const declaredDependencies = {
  meta: {
    type: 'problem',
    docs: { description: "Every imported package is declared in its package's package.json." },
    messages: {
      undeclared: '"{{name}}" is not declared in {{manifest}}.',
      devOnly: '"{{name}}" is only a devDependency of {{manifest}}: declare it in dependencies or peerDependencies, or import only types from it.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = packageDirOf(file);
    if (!own) return {};
    const pkg = manifest(own);
    const runtime = { ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies };
    const dev = { ...pkg.devDependencies };
    const test = isTestFile(file);
    const rootDev = test ? { ...manifest(root).devDependencies } : {};
    const where = relative(root, join(own, 'package.json'));
    return eachImport((node, specifier) => {
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return;
      const name = packageNameOf(specifier);
      if (builtins.has(name) || name === pkg.name) return;
      if (name in runtime || name in rootDev) return;
      const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
      // Types of an untyped package come from its DefinitelyTyped package (`react` → `@types/react`).
      const types = `@types/${name.replace(/^@([^/]+)\//, '$1__')}`;
      if (typeOnly && (types in runtime || types in dev)) return;
      if (name in dev) {
        if (!test && !typeOnly) context.report({ node, messageId: 'devOnly', data: { name, manifest: where } });
        return;
      }
      context.report({ node, messageId: 'undeclared', data: { name, manifest: where } });
    });
  },
};

export default {
  meta: { name: 'orderzone-boundaries' },
  rules: { 'stay-in-package': stayInPackage, 'declared-dependencies': declaredDependencies },
};
