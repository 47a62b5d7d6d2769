// The Subresource Integrity value (sha384) of every file of the script-tag bundle, for
// `integrity="..."`: `npm run integrity -w @orderzone/elements` prints them (after
// `npm run build:bundle`); with `--write` (the last step of `build:bundle`) they are also written to
// `dist/bundle/integrity.json` (`{ "orderzone.js": "sha384-…", … }`), published beside the files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundleDir = fileURLToPath(new URL('../dist/bundle', import.meta.url));
if (!existsSync(bundleDir)) {
  console.error('No dist/bundle: run `npm run build:bundle -w @orderzone/elements` first.');
  process.exit(1);
}
const integrity = {};
for (const name of readdirSync(bundleDir).filter((f) => /\.m?js$/.test(f)).sort()) {
  integrity[name] = `sha384-${createHash('sha384').update(readFileSync(join(bundleDir, name))).digest('base64')}`;
}
if (process.argv.includes('--write')) {
  writeFileSync(join(bundleDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  console.log(`dist/bundle/integrity.json: ${Object.keys(integrity).length} files`);
} else {
  for (const [name, value] of Object.entries(integrity)) console.log(`${name}  ${value}`);
}
