/**
 * The worked example of the CSV import in `docs/server.md` ("Importing a catalog"), read from the
 * page itself, so the tests import exactly what the docs show. Test-only.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

function docsBlock(heading: string, language: string): string {
  const page = readFileSync(new URL('../../../../docs/server.md', import.meta.url), 'utf8');
  const at = page.indexOf(heading);
  const block = at === -1 ? null : new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(page.slice(at));
  if (!block) throw new Error(`docs/server.md has no \`\`\`${language} block under ${JSON.stringify(heading)}.`);
  return block[1]!;
}

/** The ```csv block of "CSV: products and variants as rows" in docs/server.md. */
export function exampleCsv(): string {
  return docsBlock('### CSV: products and variants as rows', 'csv');
}

/** The ```json block of "JSON: a whole catalog" in docs/server.md. */
export function exampleJson(): string {
  return docsBlock('### JSON: a whole catalog', 'json');
}
