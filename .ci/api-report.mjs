// The public API of every published package, one report per entry of its package.json `exports`
// (`packages/<pkg>/api/<entry>.api.md`), printed from the sources with the TypeScript compiler API
// (no build, no .d.ts): each exported name with its declaration's signature, comments and bodies left
// out. `npm test` runs `node .ci/api-report.mjs` (the default, `--check`): it fails when an entry's
// surface differs from its checked-in report, naming the entry; `npm run api:update` rewrites them.
// It also fails when an entry re-exports with `export *` (each entry names what it exports, on
// purpose), and when it exports an item without a doc comment that is not in the list of those
// still to document (`.ci/api-undocumented.txt`, which only shrinks: document one, remove its line).
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const PUBLISHED = ['core', 'elements', 'embedded-backend', 'server'];
const write = process.argv.includes('--write');
const UNDOCUMENTED_FILE = join(root, '.ci/api-undocumented.txt');
/** `<entry> <name>` of each export still without a doc comment (comments and blank lines aside). */
const knownUndocumented = new Set(
  readFileSync(UNDOCUMENTED_FILE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
);
const undocumented = new Set();

/** Each published entry: its package, its export path and its source file. */
function entries() {
  const list = [];
  for (const dir of PUBLISHED) {
    const pkgDir = join(root, 'packages', dir);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    for (const [path, target] of Object.entries(pkg.exports)) {
      const source = typeof target === 'object' ? target['@orderzone/source'] : undefined;
      if (!source) continue; // package.json, custom-elements.json, bundle files
      if (path.includes('*')) {
        // `./define/*`: one module per element, registering it; each is an entry.
        const base = join(pkgDir, source.slice(0, source.indexOf('*')));
        for (const name of readdirSync(base).sort()) {
          const file = join(pkgDir, source.replaceAll('*', name));
          if (existsSync(file)) list.push({ pkg: pkg.name, dir, path: path.replace('*', name), file });
        }
      } else {
        list.push({ pkg: pkg.name, dir, path, file: join(pkgDir, source) });
      }
    }
  }
  return list;
}

/** The report file of an entry: `.` → `index.api.md`, `./define/cart-panel` → `define-cart-panel.api.md`. */
function reportFile({ dir, path }) {
  const name = path === '.' ? 'index' : path.slice(2).replaceAll('/', '-');
  return join(root, 'packages', dir, 'api', `${name}.api.md`);
}

const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(d.messageText) });
const all = entries();
const program = ts.createProgram({ rootNames: all.map((e) => e.file), options: { ...config.options, noEmit: true } });
const checker = program.getTypeChecker();
const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

const isHidden = (member) => {
  const mods = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
  return mods.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword) || (member.name && ts.isPrivateIdentifier(member.name));
};

/** A declaration without bodies, initializers, decorators or hidden members, as it reads in a .d.ts. */
function strip(node) {
  const f = ts.factory;
  const typeOf = (decl) => checker.typeToTypeNode(checker.getTypeAtLocation(decl), undefined, ts.NodeBuilderFlags.NoTruncation);
  const noDecorators = (mods) => mods?.filter((m) => !ts.isDecorator(m));
  if (ts.isClassDeclaration(node)) {
    const members = node.members.filter((m) => !isHidden(m) && !ts.isClassStaticBlockDeclaration(m) && !ts.isSemicolonClassElement(m)).map((m) => {
      if (ts.isMethodDeclaration(m)) return f.updateMethodDeclaration(m, noDecorators(m.modifiers), m.asteriskToken, m.name, m.questionToken, m.typeParameters, m.parameters, m.type ?? checker.typeToTypeNode(checker.getReturnTypeOfSignature(checker.getSignatureFromDeclaration(m)), undefined, ts.NodeBuilderFlags.NoTruncation), undefined);
      if (ts.isConstructorDeclaration(m)) return f.updateConstructorDeclaration(m, m.modifiers, m.parameters.map((p) => f.updateParameterDeclaration(p, noDecorators(p.modifiers), p.dotDotDotToken, p.name, p.questionToken, p.type, undefined)), undefined);
      if (ts.isGetAccessorDeclaration(m)) return f.updateGetAccessorDeclaration(m, noDecorators(m.modifiers), m.name, m.parameters, m.type ?? checker.typeToTypeNode(checker.getReturnTypeOfSignature(checker.getSignatureFromDeclaration(m)), undefined, ts.NodeBuilderFlags.NoTruncation), undefined);
      if (ts.isSetAccessorDeclaration(m)) return f.updateSetAccessorDeclaration(m, noDecorators(m.modifiers), m.name, m.parameters, undefined);
      if (ts.isPropertyDeclaration(m)) return f.updatePropertyDeclaration(m, noDecorators(m.modifiers), m.name, m.questionToken ?? m.exclamationToken, m.type ?? typeOf(m), undefined);
      return m;
    });
    return f.updateClassDeclaration(node, noDecorators(node.modifiers), node.name, node.typeParameters, node.heritageClauses, members);
  }
  if (ts.isFunctionDeclaration(node)) {
    const type = node.type ?? checker.typeToTypeNode(checker.getReturnTypeOfSignature(checker.getSignatureFromDeclaration(node)), undefined, ts.NodeBuilderFlags.NoTruncation);
    return f.updateFunctionDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, node.parameters.map((p) => f.updateParameterDeclaration(p, p.modifiers, p.dotDotDotToken, p.name, p.questionToken, p.type ?? typeOf(p), undefined)), type, undefined);
  }
  return node;
}

/** The printed declaration(s) of one exported name. */
function printExport(name, symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const lines = [];
  for (const decl of target.declarations ?? []) {
    const sf = decl.getSourceFile();
    let text;
    if (ts.isVariableDeclaration(decl)) {
      // An inferred type (a zod schema, a table of routes) printed in full, one member a line, so a diff shows what changed.
      const inferred = decl.type ? undefined : checker.getTypeAtLocation(decl);
      const node = inferred && checker.typeToTypeNode(inferred, decl, ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.MultilineObjectLiterals | ts.NodeBuilderFlags.UseFullyQualifiedType);
      // A type the compiler cannot turn back into a node (rare) is printed as its text.
      const type = decl.type ? decl.type.getText(sf) : node ? printer.printNode(ts.EmitHint.Unspecified, node, sf) : checker.typeToString(inferred, decl, ts.TypeFormatFlags.NoTruncation);
      text = `const ${decl.name.getText(sf)}: ${type};`;
    } else if (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl) || ts.isEnumDeclaration(decl) || ts.isModuleDeclaration(decl)) {
      if (ts.isFunctionDeclaration(decl) && decl.body && (target.declarations ?? []).some((d) => d !== decl && ts.isFunctionDeclaration(d) && !d.body)) continue; // the implementation of overloads
      text = printer.printNode(ts.EmitHint.Unspecified, strip(decl), sf);
    } else if (ts.isSourceFile(decl)) {
      text = `namespace ${name} { ${[...checker.getExportsOfModule(target)].map((s) => s.name).sort().join(', ')} }`;
    } else {
      text = printer.printNode(ts.EmitHint.Unspecified, decl, sf);
    }
    lines.push(text.replace(/^export (declare )?(default )?/, '').replace(/^declare /, ''));
  }
  const renamed = target.name !== name && target.name !== 'default' ? ` (as ${name})` : '';
  return { text: lines.join('\n'), documented: isDocumented(target), renamed };
}

function isDocumented(symbol) {
  if (symbol.getDocumentationComment(checker).length > 0) return true;
  // A module re-exported as a namespace, or a declaration whose only comment is its tags (`@internal`).
  return (symbol.declarations ?? []).some((d) => ts.isSourceFile(d) || ts.getJSDocTags(d).length > 0);
}

function report(entry) {
  const sf = program.getSourceFile(entry.file);
  if (!sf) throw new Error(`${entry.file} is not in the program`);
  const problems = [];
  for (const statement of sf.statements) {
    if (ts.isExportDeclaration(statement) && !statement.exportClause) problems.push(`re-exports a whole module (\`${statement.getText(sf)}\`): name each export`);
  }
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  const items = [...exports].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const blocks = [];
  // What the entry adds to the global scope or to other modules (`HTMLElementTagNameMap`, JSX, Vue's components).
  for (const statement of sf.statements) {
    if (ts.isModuleDeclaration(statement) && (statement.flags & ts.NodeFlags.GlobalAugmentation || ts.isStringLiteral(statement.name))) {
      blocks.push(`// ${statement.name.getText(sf)} (augmented)\n${printer.printNode(ts.EmitHint.Unspecified, statement, sf)}`);
    }
  }
  for (const symbol of items) {
    const { text, documented, renamed } = printExport(symbol.name, symbol);
    const entryName = `${entry.pkg}${entry.path === '.' ? '' : entry.path.slice(1)}`;
    if (!documented) {
      undocumented.add(`${entryName} ${symbol.name}`);
      if (!knownUndocumented.has(`${entryName} ${symbol.name}`)) problems.push(`exports \`${symbol.name}\` without a doc comment: document it where it is declared`);
    }
    blocks.push(`// ${symbol.name}${renamed}${documented ? '' : ' (undocumented)'}\n${text}`);
  }
  const source = relative(join(root, 'packages', entry.dir), entry.file).replaceAll('\\', '/');
  const body = [
    `# API report: \`${entry.pkg}${entry.path === '.' ? '' : entry.path.slice(1)}\``,
    '',
    `Generated from \`${source}\` by \`npm run api:update\` (\`.ci/api-report.mjs\`); do not edit. ${items.length} exports.`,
    '',
    '```ts',
    blocks.join('\n\n'),
    '```',
    '',
  ].join('\n');
  return { body, problems };
}

let failed = 0;
const written = new Set();
for (const entry of all) {
  const file = reportFile(entry);
  written.add(file);
  const { body, problems } = report(entry);
  const name = `${entry.pkg}${entry.path === '.' ? '' : entry.path.slice(1)}`;
  for (const problem of problems) {
    console.error(`✖ ${name}: ${problem}`);
    failed++;
  }
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (write) {
    if (current !== body) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
      console.log(`wrote ${relative(root, file)}`);
    }
  } else if (current !== body) {
    console.error(`✖ ${name}: its public API changed and ${relative(root, file)} ${current === undefined ? 'does not exist' : 'was not updated'}. If the change is meant, run \`npm run api:update\` and commit the report with it.`);
    failed++;
  } else {
    console.log(`✔ ${name}`);
  }
}
// Reports of entries that no longer exist.
for (const dir of PUBLISHED) {
  const apiDir = join(root, 'packages', dir, 'api');
  if (!existsSync(apiDir)) continue;
  for (const name of readdirSync(apiDir)) {
    const file = join(apiDir, name);
    if (written.has(file)) continue;
    if (write) {
      rmSync(file);
      console.log(`removed ${relative(root, file)}`);
    } else {
      console.error(`✖ ${relative(root, file)} reports an entry that is no longer exported: run \`npm run api:update\`.`);
      failed++;
    }
  }
}
for (const line of knownUndocumented) {
  if (!undocumented.has(line)) {
    console.error(`✖ .ci/api-undocumented.txt lists "${line}", which is documented or no longer exported now: remove the line.`);
    failed++;
  }
}
console.log(`ℹ pass ${all.length - Math.min(failed, all.length)}`);
console.log(`ℹ fail ${failed}`);
process.exit(failed > 0 ? 1 : 0);
