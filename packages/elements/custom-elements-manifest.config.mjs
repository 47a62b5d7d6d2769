/**
 * Custom Elements Manifest (`npm run manifest -w @orderzone/elements` writes custom-elements.json):
 * every tag, attribute, property, event, slot, CSS part and CSS property, read from the TypeScript
 * sources and their TSDoc (`@summary`, `@fires`, `@slot`, `@csspart`, `@cssprop`).
 */
import { readFileSync } from 'node:fs';

/**
 * The analyzer only sees `customElements.define()`; OrderZone registers through its guarded
 * `defineElement('tag', Class)`. This reads those calls in the `src/components/<tag>/<tag>.define.ts`
 * modules (`@orderzone/elements/define/<tag>`), one per tag; `@orderzone/elements/define` and the
 * script-tag bundle register the same tags (their test checks it).
 */
function defineElementCalls() {
  return {
    name: 'orderzone-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!/^src\/components\/[a-z-]+\/[a-z-]+\.define\.ts$/.test(moduleDoc.path)) return;
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: ctor.text, module: moduleOf(ts, node.getSourceFile(), ctor.text, moduleDoc.path) },
        },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order the file system returns them, which differs from one
      // checkout to another; sorted by path, the manifest is the same wherever it is generated.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        // defineElement's own `customElements.define(tag, ctor)` is not a definition of any tag.
        if (mod.path === 'src/components/define-element.ts') mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition');
        // Public API only: protected and private members are implementation.
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
        }
      }
    },
  };
}

/**
 * The global design tokens are documented once, in the TSDoc of `src/styles/shared-styles.ts`; each
 * element documents only its own. An element reads the global tokens through the shared style blocks
 * it includes (`static override styles = [tokens, controls, …]`), so this adds to each element's
 * `cssProperties` the documented global tokens those blocks read (after its own; an element that
 * describes a global token itself keeps its description). IDE tooling reading the manifest still
 * sees every token an element reads (examples/theming/test/tokens-documented.test.ts checks the same).
 */
function globalTokens() {
  const shared = readFileSync(new URL('./src/styles/shared-styles.ts', import.meta.url), 'utf8');
  const documented = [...shared.matchAll(/^ \* @cssprop \[(--oz-[a-z0-9-]+)=([^\]]*)\] - (.*)$/gm)].map(([, name, value, description]) => ({
    description,
    name,
    default: value,
  }));
  if (documented.length === 0) throw new Error('src/styles/shared-styles.ts documents no global token (@cssprop)');
  /** Shared style block → the `--oz-*` tokens it reads. */
  const blocks = new Map(
    [...shared.matchAll(/export const (\w+) = css`([\s\S]*?)`;/g)].map(([, name, text]) => [name, new Set([...text.matchAll(/var\((--oz-[a-z0-9-]+)/g)].map((m) => m[1]))]),
  );
  return {
    name: 'orderzone-global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const source = readFileSync(new URL(`./${mod.path}`, import.meta.url), 'utf8');
          const styles = source.match(/static override styles = \[([^\]]*)\]/)?.[1]?.split(',').map((s) => s.trim()) ?? [];
          const read = new Set(styles.flatMap((block) => [...(blocks.get(block) ?? [])]));
          const own = declaration.cssProperties ?? [];
          const named = new Set(own.map((p) => p.name));
          const inherited = documented.filter((t) => read.has(t.name) && !named.has(t.name)).map((t) => ({ ...t }));
          declaration.cssProperties = [...own, ...inherited];
        }
      }
    },
  };
}

/** The module a class name is imported from (`./x.ts` in `src/components/x/x.define.ts` → `src/components/x/x.ts`). */
function moduleOf(ts, sourceFile, name, path) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name)) {
      return new URL(statement.moduleSpecifier.text, `file:///${path}`).pathname.slice(1);
    }
  }
  return path;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.messages.ts', 'src/**/*.styles.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), globalTokens()],
};
