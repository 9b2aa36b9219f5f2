import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/actions/unexpected";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { unreachableDb } from "@/test/support/unreachable-db";
import { healthResponse } from "./health";

// Issue 14, "Faults": the health route threw (Next's 500, no body) when the database was down,
// and hung as long as the database did. It answers 503 with a JSON body, within about 2 s.

const current = vi.hoisted(() => ({ db: null as unknown as Db }));
vi.mock("@/db/client", () => ({ getDb: async () => current.db }));

let live: TestDb;
let refusing: Awaited<ReturnType<typeof unreachableDb>>;
let silent: Awaited<ReturnType<typeof unreachableDb>>;
beforeAll(async () => {
  [live, refusing, silent] = await Promise.all([createTestDb("health"), unreachableDb("refusing"), unreachableDb("silent")]);
});
afterAll(async () => {
  await Promise.all([live?.drop(), refusing?.close(), silent?.close()]);
});

describe("the health route", () => {
  it("reliability: /api/health answers 503 with a readable JSON body when the database refuses connections", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    current.db = refusing.db;
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: false, code: "database_unreachable", message: DATABASE_UNREACHABLE_MESSAGE });
  });

  it("reliability: it answers 503 in time when the database accepts the connection and never answers", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const started = Date.now();
    const response = await healthResponse(async () => silent.db, 300);
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The route's own limit is about 2 s.
    current.db = silent.db;
    const { GET } = await import("@/app/api/health/route");
    const t0 = Date.now();
    expect((await GET()).status).toBe(503);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_900);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it("reliability: it answers 200 { ok: true } while the database answers", async () => {
    current.db = live.db;
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
