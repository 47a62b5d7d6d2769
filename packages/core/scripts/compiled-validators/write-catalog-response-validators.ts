/**
 * Writes `src/rest/compiled-validators/catalog-response-validators.ts` from the catalog answers'
 * schemas: `npm run validators -w @orderzone/core`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOG_RESPONSE_VALIDATORS_FILE, catalogResponseValidatorsSource } from './catalog-response-validators.ts';

writeFileSync(CATALOG_RESPONSE_VALIDATORS_FILE, catalogResponseValidatorsSource());
console.log(`Wrote ${fileURLToPath(CATALOG_RESPONSE_VALIDATORS_FILE)}`);
