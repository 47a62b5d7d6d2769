/**
 * The token documentation matches the styles: every `--oz-*` custom property an element's styles
 * read is listed in that element's `@cssprop` TSDoc (from which the API reference and
 * custom-elements.json are built) and in docs/theming.md, and no element documents one it ignores.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = join(root, 'packages/elements/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sources(src).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Exported `css` blocks by name → the `--oz-*` properties they read. */
const styleBlocks = new Map<string, Set<string>>();
for (const { text } of files) {
  for (const match of text.matchAll(/export const (\w+) = css`([\s\S]*?)`;/g)) {
    styleBlocks.set(match[1]!, new Set([...match[2]!.matchAll(/var\((--oz-[a-z0-9-]+)/g)].map((m) => m[1]!)));
  }
}

const elements = files.filter(({ text }) => text.includes('@cssprop') && /static override styles = \[/.test(text));

describe('token documentation', () => {
  it('finds the elements and their style blocks', () => {
    assert.equal(elements.length, 21);
    assert.ok(styleBlocks.get('tokens')!.has('--oz-color-primary'));
  });

  for (const { path, text } of elements) {
    const name = path.slice(src.length + 1);
    it(`${name}: @cssprop lists exactly the tokens its styles read`, () => {
      const used = new Set<string>();
      for (const block of text.match(/static override styles = \[([^\]]*)\]/)![1]!.split(',').map((s) => s.trim())) {
        const tokens = styleBlocks.get(block);
        assert.ok(tokens, `style block ${block} not found`);
        for (const token of tokens) used.add(token);
      }
      const documented = new Set([...text.matchAll(/@cssprop \[(--oz-[a-z0-9-]+)=/g)].map((m) => m[1]!));
      assert.deepEqual([...used].filter((t) => !documented.has(t)).sort(), [], 'read but not documented');
      assert.deepEqual([...documented].filter((t) => !used.has(t)).sort(), [], 'documented but not read');
    });
  }

  it('docs/theming.md names every token', () => {
    const doc = readFileSync(join(root, 'docs/theming.md'), 'utf8');
    const all = new Set([...styleBlocks.values()].flatMap((set) => [...set]));
    // The weights share one row: `--oz-font-weight-medium` / `-semibold` / `-bold`.
    const missing = [...all].filter((t) => !doc.includes(t) && !(t.startsWith('--oz-font-weight-') && doc.includes('--oz-font-weight-medium')));
    assert.deepEqual(missing.sort(), []);
  });
});
