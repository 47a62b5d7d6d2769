// Prints the Subresource Integrity value (sha384) of every file of the script-tag bundle
// (`npm run integrity -w @orderzone/elements`, after `npm run build:bundle`), for `integrity="..."`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundleDir = fileURLToPath(new URL('../dist/bundle', import.meta.url));
if (!existsSync(bundleDir)) {
  console.error('No dist/bundle: run `npm run build:bundle -w @orderzone/elements` first.');
  process.exit(1);
}
for (const name of readdirSync(bundleDir).filter((f) => /\.m?js$/.test(f)).sort()) {
  const digest = createHash('sha384').update(readFileSync(join(bundleDir, name))).digest('base64');
  console.log(`${name}  sha384-${digest}`);
}
