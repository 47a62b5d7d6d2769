/**
 * The release, rehearsed on a throwaway copy of the repository (its tracked and new files, with the
 * workspace's installed packages linked in): `changeset version` turns the pending changesets into
 * versions and CHANGELOG entries, then `npm publish --dry-run` builds (`prepack`) and packs each
 * published package as the registry would receive it. Nothing is published and this checkout is not
 * touched.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PUBLISHED, readJson, repoRoot, run } from './consumers/harness.ts';

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

let copy: string;
const before_: Record<string, PackageJson> = {};
let pendingChangesets: string[] = [];

const dirOf = (root: string, name: string): string => join(root, 'packages', name.slice('@orderzone/'.length));

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'orderzone-release-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(join(copy, dirname(file)), { recursive: true });
      cpSync(join(repoRoot, file), join(copy, file));
    } catch (error) {
      // A file deleted in the working tree but still in the index is not part of the release.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // The installed packages, except the workspace's own, which point into the copy.
  mkdirSync(join(copy, 'node_modules/@orderzone'), { recursive: true });
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry !== '@orderzone') symlinkSync(join(repoRoot, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  for (const name of PUBLISHED) symlinkSync(dirOf(copy, name), join(copy, 'node_modules', name));
  for (const name of PUBLISHED) before_[name] = readJson<PackageJson>(join(dirOf(copy, name), 'package.json'));
  pendingChangesets = readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
});

after(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('release dry run (changeset version, npm publish --dry-run)', () => {
  it('changeset version turns the pending changesets into new versions, CHANGELOG entries and internal ranges', async () => {
    assert.ok(pendingChangesets.length > 0, 'there are changesets to release');
    await run(join(copy, 'node_modules/.bin/changeset'), ['version'], { cwd: copy });
    assert.deepEqual(readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md'), [], 'every changeset is consumed');
    const after_ = Object.fromEntries(PUBLISHED.map((name) => [name, readJson<PackageJson>(join(dirOf(copy, name), 'package.json'))]));
    const released = PUBLISHED.filter((name) => after_[name]!.version !== before_[name]!.version);
    assert.ok(released.length > 0, 'at least one package gets a new version');
    for (const name of released) {
      const changelog = readFileSync(join(dirOf(copy, name), 'CHANGELOG.md'), 'utf8');
      assert.match(changelog, new RegExp(`^# ${name}\\n\\n## ${after_[name]!.version.replace(/\./g, '\\.')}\\n`), `${name}: CHANGELOG starts with ${after_[name]!.version}`);
    }
    // Each package's range on another published package admits that package's new version.
    for (const name of PUBLISHED) {
      for (const [dep, range] of Object.entries(after_[name]!.dependencies ?? {})) {
        if (!dep.startsWith('@orderzone/')) continue;
        assert.equal(range, `^${after_[dep]!.version}`, `${name} depends on ${dep}@^${after_[dep]!.version}`);
      }
    }
  });

  for (const name of PUBLISHED) {
    it(`npm publish --dry-run ${name}: built by its prepack, packed with its README, LICENSE and CHANGELOG`, async () => {
      const version = readJson<PackageJson>(join(dirOf(copy, name), 'package.json')).version;
      const output = await run('npm', ['publish', '--dry-run', '--no-update-notifier', '-w', name], { cwd: copy });
      assert.match(output, new RegExp(`\\+ ${name}@${version.replace(/\./g, '\\.')}`), output.slice(-3000));
      for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts']) assert.match(output, new RegExp(` ${file.replace(/\./g, '\\.')}\\n`), `${name} packs ${file}`);
    });
  }
});
