/**
 * `npm start`: builds the script-tag bundle once and serves this page at http://127.0.0.1:4180/ with
 * the strict Content-Security-Policy of docs/security.md (`PORT` chooses another port).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveExample } from '../../.ci/static-server.ts';

const elementsDir = fileURLToPath(new URL('../../packages/elements', import.meta.url));
execFileSync('npm', ['run', 'build:bundle'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serveExample(fileURLToPath(new URL('.', import.meta.url)), Number(process.env.PORT ?? 4180));
console.log(`The merchant page: ${server.url} (Ctrl+C stops it)`);
