/**
 * The examples as a newcomer meets them: every folder of examples/ has a README that says how to run
 * it with one command, that command is a script of the example's package, and docs/frameworks.md
 * lists every example with that same command.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const examplesDir = fileURLToPath(new URL('../../', import.meta.url));
const frameworks = readFileSync(fileURLToPath(new URL('../../../docs/frameworks.md', import.meta.url)), 'utf8');
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${examplesDir}${entry.name}/package.json`))
  .map((entry) => entry.name);

/** The shell commands of a Markdown text's ```sh blocks. */
function shellCommands(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').map((line) => line.trim()).filter(Boolean));
}

describe('the examples, as a newcomer meets them', () => {
  it('finds the six examples', () => {
    assert.deepEqual(examples.sort(), ['merchant-page', 'react', 'script-tag', 'shop', 'theming', 'vue']);
  });

  for (const example of examples) {
    it(`examples/${example}: a README with one command that runs it, a script of its package, listed in docs/frameworks.md`, () => {
      const readmePath = `${examplesDir}${example}/README.md`;
      assert.ok(existsSync(readmePath), `examples/${example} has no README.md`);
      const pkg = JSON.parse(readFileSync(`${examplesDir}${example}/package.json`, 'utf8')) as { name: string; scripts: Record<string, string> };
      const commands = shellCommands(readFileSync(readmePath, 'utf8'));
      assert.deepEqual(commands, [`npm start -w ${pkg.name}`], 'one command, nothing to copy or build by hand first');
      assert.ok(pkg.scripts.start, `${pkg.name} has no start script`);
      assert.ok(frameworks.includes(`(../examples/${example})`), `docs/frameworks.md does not link examples/${example}`);
      assert.ok(frameworks.includes(`\`npm start -w ${pkg.name}\``), `docs/frameworks.md does not say how to run ${pkg.name}`);
    });
  }
});
