// Each published package declares what its published code imports, with a range (`^x.y.z`), so an
// app installing it gets what it needs and can share versions. Scans `src/` (tests and test helpers
// left out, as `files` leaves them out of the package) for imports of other packages, and fails
// naming each import its package.json does not declare, each declared runtime dependency nothing
// imports, and each runtime dependency pinned to one version. Run by `npm test`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PUBLISHED = ['core', 'elements', 'embedded-backend', 'server'];
/** Imported only where the package runs inside this repository, never from an installed copy (why). */
const WORKSPACE_ONLY = {
  '@orderzone/server': ['tsx'], // bin/orderzone-server.js runs src/ through tsx only when dist/ was not built
};

function sourceFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'testing') files.push(...sourceFiles(path));
    } else if (/\.(ts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name)) {
      files.push(path);
    }
  }
  return files;
}

/** The package an import specifier names (`zod/mini` → `zod`, `@lit/context` → `@lit/context`), or undefined for a relative or built-in one. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
let failed = 0;
let passed = 0;
for (const dir of PUBLISHED) {
  const pkgDir = join(root, 'packages', dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const runtime = { ...pkg.dependencies };
  const declared = new Set([...Object.keys(runtime), ...Object.keys(pkg.peerDependencies ?? {})]);
  const imported = new Map();
  const dirs = ['src', 'bin'].map((d) => join(pkgDir, d)).filter((d) => { try { return statSync(d).isDirectory(); } catch { return false; } });
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      let name = packageOf(m[1] ?? m[2]);
      // A type-only import is served by the package's types (`import type … from 'react'`: @types/react).
      if (name && /^(?:import|export)\s+type\b/.test(m[0].trim()) && declared.has(`@types/${name}`)) name = `@types/${name}`;
      if (name && name !== pkg.name && !(WORKSPACE_ONLY[pkg.name] ?? []).includes(name) && !imported.has(name)) imported.set(name, relative(pkgDir, file));
    }
  }
  const problems = [];
  for (const [name, file] of imported) if (!declared.has(name)) problems.push(`imports ${name} (${file}) without declaring it in dependencies or peerDependencies`);
  for (const name of Object.keys(runtime)) {
    if (!imported.has(name)) problems.push(`declares ${name} in dependencies, but nothing it publishes imports it`);
    if (!/^[\^~]|^>=/.test(runtime[name])) problems.push(`pins ${name} to "${runtime[name]}": use a range (^x.y.z)`);
  }
  for (const problem of problems) console.error(`✖ ${pkg.name} ${problem}`);
  if (problems.length === 0) console.log(`✔ ${pkg.name}: ${imported.size} imported packages, each declared with a range`);
  if (problems.length) failed++;
  else passed++;
}
console.log(`ℹ pass ${passed}`);
console.log(`ℹ fail ${failed}`);
process.exit(failed > 0 ? 1 : 0);
