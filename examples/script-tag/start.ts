/**
 * `npm start -w @orderzone/example-script-tag`: builds the script-tag bundle
 * (packages/elements/dist/bundle) and serves this page with it under `/orderzone/`, with the strict
 * Content-Security-Policy of docs/security.md, on http://127.0.0.1:4175/ (`PORT` to change it).
 * Stop it with Ctrl+C.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './test/static-server.ts';

const elementsDir = fileURLToPath(new URL('../../packages/elements', import.meta.url));
console.log('Building the script-tag bundle (npm run build:bundle -w @orderzone/elements)…');
execFileSync('npm', ['run', '--silent', 'build:bundle'], { cwd: elementsDir, stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serve({ port: Number(process.env.PORT ?? 4175) });
console.log(`Tea & Things, OrderZone with one script tag: ${server.url}`);
const stop = (): void => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
