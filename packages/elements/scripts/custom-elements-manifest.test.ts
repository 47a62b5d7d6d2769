/**
 * The Custom Elements Manifest (custom-elements.json) that editors and frameworks read: regenerated
 * from the sources here, it must describe every registered tag with the events, attributes, CSS
 * parts and CSS properties its TSDoc and Lit properties declare, and match the committed file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');

interface Named {
  name: string;
}
interface ElementDeclaration extends Named {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  events?: Named[];
  attributes?: (Named & { fieldName?: string })[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: ElementDeclaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

let outdir: string;
let manifest: Manifest;
let freshText: string;

before(() => {
  outdir = mkdtempSync(join(tmpdir(), 'oz-cem-'));
  // The analyzer joins --outdir to its working directory, so it must be relative.
  execFileSync(process.execPath, [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(packageDir, outdir), '--quiet'], { cwd: packageDir, stdio: 'inherit' });
  freshText = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  manifest = JSON.parse(freshText) as Manifest;
});

after(() => {
  rmSync(outdir, { recursive: true, force: true });
});

function source(path: string): string {
  return readFileSync(join(packageDir, path), 'utf8');
}

/** Tags and class names registered by the `src/components/<tag>/<tag>.define.ts` modules. */
function registeredTags(): { tag: string; className: string }[] {
  const modules = readdirSync(join(packageDir, 'src/components'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packageDir, 'src/components', entry.name, `${entry.name}.define.ts`)))
    .map((entry) => `src/components/${entry.name}/${entry.name}.define.ts`)
    .sort();
  return modules.flatMap((path) => [...source(path).matchAll(/defineElement\('([a-z][a-z0-9-]*)', (\w+)\)/g)].map((m) => ({ tag: m[1]!, className: m[2]! })));
}

function element(tag: string): { declaration: ElementDeclaration; module: string } {
  for (const mod of manifest.modules) {
    const declaration = mod.declarations?.find((d) => d.tagName === tag);
    if (declaration) return { declaration, module: mod.path };
  }
  assert.fail(`<${tag}> is not in the manifest`);
}

/** The doc comment right above `export class <name>`. */
function classDoc(text: string, className: string): string {
  const at = text.search(new RegExp(`export (abstract )?class ${className}\\b`));
  assert.ok(at > 0, `class ${className} not found`);
  const start = text.lastIndexOf('/**', at);
  return text.slice(start, at);
}

/** Attribute names of the Lit properties declared in a source file (`attribute: false` ones excluded). */
function litAttributes(text: string): string[] {
  return [...text.matchAll(/@property\(([^)]*)\)\s+(?:override\s+)?(\w+)/g)].flatMap((m) => {
    const options = m[1]!;
    if (/attribute:\s*false/.test(options)) return [];
    return [/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? m[2]!.toLowerCase()];
  });
}

describe('custom-elements.json', () => {
  it('has every tag registered by a <tag>.define.ts module, linked to its class', () => {
    const tags = registeredTags();
    assert.ok(tags.length >= 14, `the define modules register ${tags.length} tags`);
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(definitions.map((d) => d.name).sort(), tags.map((t) => t.tag).sort(), 'one definition per registered tag, and no other');
    for (const { tag, className } of tags) {
      const { declaration } = element(tag);
      assert.equal(declaration.name, className);
      assert.equal(declaration.customElement, true);
      assert.ok(declaration.summary, `<${tag}> has a summary`);
    }
  });

  for (const { tag, className } of registeredTags()) {
    it(`<${tag}>: events from @fires, attributes from Lit properties, CSS parts and properties`, () => {
      const { declaration, module } = element(tag);
      const text = source(module);
      const fired = [...classDoc(text, className).matchAll(/@fires\s+([\w-]+)/g)].map((m) => m[1]!);
      assert.ok(fired.length > 0, `${className} documents the events it fires`);
      assert.deepEqual((declaration.events ?? []).map((e) => e.name).sort(), [...fired].sort());

      // Attributes a class inherits: ZoneElement's, and the product blocks' (which extend ZoneElement).
      const inherited = /extends ProductBlock\b/.test(text)
        ? [...litAttributes(source('src/components/product-block.ts')), ...litAttributes(source('src/components/zone-element.ts'))]
        : /extends ZoneElement\b/.test(text)
          ? litAttributes(source('src/components/zone-element.ts'))
          : [];
      const expected = [...litAttributes(text), ...inherited];
      assert.ok(expected.length > 0);
      const attributes = (declaration.attributes ?? []).map((a) => a.name);
      for (const name of expected) assert.ok(attributes.includes(name), `<${tag}> has the attribute ${name}; got ${attributes.join(', ')}`);

      assert.ok((declaration.cssParts ?? []).length > 0, `<${tag}> documents CSS parts`);
      assert.ok((declaration.cssProperties ?? []).every((p) => p.name.startsWith('--oz-')), 'CSS properties are --oz-*');
      assert.ok((declaration.cssProperties ?? []).length > 0, `<${tag}> documents CSS properties`);
    });
  }

  it('the committed file is the one the sources generate (run `npm run manifest -w @orderzone/elements`)', () => {
    assert.equal(source('custom-elements.json'), freshText);
  });
});
