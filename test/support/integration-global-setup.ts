import postgres from "postgres";
import { adminUrl } from "./test-db";
import { createTestTemplates } from "./test-templates";

/**
 * Vitest globalSetup for the integration project: the tests need a real PostgreSQL and
 * must fail, loudly and once, when there is none, rather than skip or time out per file.
 * Then it builds the run's template databases (test-templates.ts); the teardown drops them.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await checkPostgres();
  return createTestTemplates(adminUrl());
}

async function checkPostgres(): Promise<void> {
  const url = adminUrl();
  const shown = redact(url);
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [row] = await sql<{ version: string; can_create: boolean }[]>`
      select current_setting('server_version') as version,
             (select rolcreatedb or rolsuper from pg_roles where rolname = current_user) as can_create`;
    if (!row?.can_create) {
      throw new Error(`the role connecting to ${shown} may not create databases (integration tests create one per file)`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      [
        "",
        "Integration tests need PostgreSQL and could not use it.",
        `  server: ${shown} (${process.env.DATABASE_URL ? "from DATABASE_URL" : "the machine's local server; set DATABASE_URL to use another"})`,
        `  reason: ${reason}`,
        "  fix:    node scripts/ensure-services.mjs   (starts the local server)",
        "          or: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
        "",
      ].join("\n"),
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
