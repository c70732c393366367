import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema (`pnpm exec drizzle-kit generate`) and applied by createStore at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './drizzle',
});
