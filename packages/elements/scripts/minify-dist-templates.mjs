// Minifies the `html` and `css` tagged templates of the npm build (`dist/**/*.js`, written by tsc), the
// same way the script-tag bundle minifies them (vite.bundle.config.ts): an app's bundler minifies the
// JavaScript but leaves template strings as they are. Each file's source map is rewritten so that it
// still points into `src/` (the minifier's map composed with tsc's). Fails on a template it cannot
// parse rather than shipping it unminified without notice.
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
let minified = 0;
let bytesBefore = 0;
let bytesAfter = 0;

for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = join(entry.parentPath, entry.name);
  const code = readFileSync(file, 'utf8');
  if (!/\b(?:html|css|svg)\s*`/.test(code)) continue;
  // Same options as the bundle: runs of whitespace collapse to one space (text beside an inline element keeps its space).
  const result = await minifyHTMLLiterals(code, { fileName: entry.name, minifyOptions: { conservativeCollapse: true } });
  if (!result || result.code === code) continue;
  writeFileSync(file, result.code);
  const mapFile = `${file}.map`;
  const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  const composed = remapping(result.map, (source) => (basename(source) === entry.name ? tscMap : null));
  composed.file = entry.name;
  if (composed.sourcesContent?.every((content) => content == null)) delete composed.sourcesContent;
  writeFileSync(mapFile, JSON.stringify(composed));
  minified += 1;
  bytesBefore += code.length;
  bytesAfter += result.code.length;
}
console.log(`Templates minified in ${minified} files of dist/ (${(bytesBefore / 1024).toFixed(1)} KiB → ${(bytesAfter / 1024).toFixed(1)} KiB).`);
