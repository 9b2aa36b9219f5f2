import { defineConfig } from "drizzle-kit";

// Generates migrations from db/schema; they apply the same way to PGlite and PostgreSQL
// (db/migrate.ts), so drizzle-kit never needs a live database here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: undefined,
});
