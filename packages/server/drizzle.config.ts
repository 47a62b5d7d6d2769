// drizzle-kit's settings: `npm run db:generate -w @orderzone/server` writes the SQL migration for a
// change of src/db/schema.ts into migrations/ (checked in; applied on start and by `migrate`).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
});
