import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { adminUrl, createTestDb, type TestDb } from "@/test/support/test-db";

// The harness every integration test stands on: a database of its own, migrated, dropped after.
describe("test database harness", () => {
  let t: TestDb | undefined;
  afterAll(async () => {
    await t?.drop();
  });

  it("creates a fresh migrated database and drops it", async () => {
    t = await createTestDb("harness");
    const name = new URL(t.url).pathname.slice(1);
    expect(name).toMatch(/^portal_test_harness_/);

    const rows = await t.db.execute(sql`select count(*)::int as n from information_schema.tables where table_name = 'accounts'`);
    expect(rows).toEqual([{ n: 1 }]);

    await t.drop();
    t = undefined;
    const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
    try {
      const left = await admin`select 1 from pg_database where datname = ${name}`;
      expect(left.length).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
