/**
 * Writes docs/openapi.json from the contract schemas (`buildOpenApiDocument()`).
 * Run: `npm run openapi -w @orderzone/core`. A test fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/rest/openapi-document.ts';

const target = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target}`);
