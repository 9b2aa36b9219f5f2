import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/db/schema";
import type { Db } from "@/db/client";
import { rateLimitCounters } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { clearLimit, hitLimit, minutesText, peekLimit, pruneLimits, type Limit } from "./rate-limit";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb("rate_limit");
});
afterAll(async () => {
  await t?.drop();
});

const MIN = 60_000;
const limit = (bucket: string, max = 3, windowMs = 15 * MIN): Limit => ({ bucket, max, windowMs });
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, 0) + ms);

describe("rate limits counted in the database", () => {
  it("security: hits within the limit pass, the next is refused with the time left, and the window's end lifts it", async () => {
    const l = limit("test-window");
    for (let i = 1; i <= 3; i++) expect(await hitLimit(t.db, l, "k", at(i * MIN))).toEqual({ limited: false, hits: i });
    const refused = await hitLimit(t.db, l, "k", at(4 * MIN));
    expect(refused).toMatchObject({ limited: true, hits: 4 });
    // The window started at the first hit (minute 1) and lasts 15 minutes.
    if (refused.limited) expect(refused.retryAfterMs).toBe(12 * MIN);
    expect(await peekLimit(t.db, l, "k", at(15 * MIN))).toMatchObject({ limited: true });
    expect(await peekLimit(t.db, l, "k", at(16 * MIN))).toEqual({ limited: false, hits: 0 });
    expect(await hitLimit(t.db, l, "k", at(16 * MIN))).toEqual({ limited: false, hits: 1 });
  });

  it("security: keys and buckets count apart, and keys are stored hashed", async () => {
    const a = limit("test-a", 1);
    expect((await hitLimit(t.db, a, "ada@example.com", at(0))).limited).toBe(false);
    expect((await hitLimit(t.db, a, "ada@example.com", at(1))).limited).toBe(true);
    expect((await hitLimit(t.db, a, "bob@example.com", at(1))).limited).toBe(false);
    expect((await hitLimit(t.db, limit("test-b", 1), "ada@example.com", at(1))).limited).toBe(false);
    const keys = (await t.db.select({ key: rateLimitCounters.key }).from(rateLimitCounters)).map((r) => r.key);
    expect(keys.some((k) => k.includes("@"))).toBe(false);
    await clearLimit(t.db, a, "ada@example.com");
    expect((await hitLimit(t.db, a, "ada@example.com", at(2))).limited).toBe(false);
  });

  it("security: several app instances share the counters: 40 hits at once through two connection pools are all counted", async () => {
    const second = postgres(t.url, { max: 10, onnotice: () => {} });
    try {
      const other = drizzle(second, { schema }) as unknown as Db;
      const l = limit("test-shared", 30);
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => hitLimit(i % 2 ? t.db : other, l, "shared", at(0))));
      expect(results.filter((r) => !r.limited)).toHaveLength(30);
      expect(results.filter((r) => r.limited)).toHaveLength(10);
      expect((await peekLimit(other, l, "shared", at(0))).hits).toBe(40);
    } finally {
      await second.end();
    }
  });

  it("security: old counters are pruned, and waits read in whole minutes", async () => {
    await hitLimit(t.db, limit("test-prune"), "old", at(-48 * 60 * MIN));
    expect(await pruneLimits(t.db, 24 * 60 * MIN, at(0))).toBeGreaterThanOrEqual(1);
    expect(minutesText(1)).toBe("1 minute");
    expect(minutesText(14 * MIN + 1)).toBe("15 minutes");
  });
});
