/**
 * The token documentation matches the styles: every `--oz-*` custom property an element's styles
 * read is listed either in that element's `@cssprop` TSDoc or, for the global tokens the shared
 * style blocks read, once in the TSDoc of src/styles/shared-styles.ts (from which the API reference
 * and custom-elements.json are built), and in docs/theming.md; no element documents one it ignores,
 * and the global tokens are not repeated in every element.
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

const elements = files.filter(({ text }) => /static override styles = \[/.test(text));

/** `@cssprop [--oz-x=default] - description` lines of a source: token → the whole line. */
const cssprops = (text: string) => new Map([...text.matchAll(/^ \* @cssprop \[(--oz-[a-z0-9-]+)=.*$/gm)].map((m) => [m[1]!, m[0]]));

const sharedStyles = files.find(({ path }) => path.endsWith('styles/shared-styles.ts'))!;
/** The global tokens, documented once in the shared styles' TSDoc. */
const globals = cssprops(sharedStyles.text);

describe('token documentation', () => {
  it('finds the elements and their style blocks', () => {
    assert.equal(elements.length, 24);
    assert.ok(styleBlocks.get('tokens')!.has('--oz-color-primary'));
  });

  it('documents the global tokens once: exactly those the shared style blocks read', () => {
    const shared = new Set([...styleBlocks.get('tokens')!, ...styleBlocks.get('controls')!]);
    assert.deepEqual([...globals.keys()].sort(), [...shared].sort());
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
      const own = cssprops(text);
      const documented = new Set([...own.keys(), ...globals.keys()]);
      assert.deepEqual([...used].filter((t) => !documented.has(t)).sort(), [], 'read but not documented');
      assert.deepEqual([...own.keys()].filter((t) => !used.has(t)).sort(), [], 'documented but not read');
      assert.deepEqual([...own.values()].filter((line) => [...globals.values()].includes(line)), [], 'global token repeated word for word');
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
