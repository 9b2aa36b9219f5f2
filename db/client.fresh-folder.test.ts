import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { count } from "drizzle-orm";
import { closeDb, getDb, pgliteDir } from "./client";
import { rateLimitCounters } from "./schema";

const temp = mkdtempSync(path.join(os.tmpdir(), "portal-fresh-clone-"));
afterAll(async () => {
  await closeDb();
  vi.unstubAllEnvs();
  rmSync(temp, { recursive: true, force: true });
});

describe("the embedded database on a fresh clone", () => {
  it("security: PGlite opens in a folder whose parents do not exist yet (.data/ is not in git), and is migrated", async () => {
    // As on a fresh clone: no DATABASE_URL, and PGLITE_DIR's parent (.data) missing.
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("SEED_DEMO", "0");
    vi.stubEnv("PGLITE_DIR", path.join(temp, "clone", ".data", "pglite"));
    expect(existsSync(path.join(temp, "clone"))).toBe(false);
    const db = await getDb();
    // The latest migration's table is there: every migration ran.
    const [row] = await db.select({ n: count() }).from(rateLimitCounters);
    expect(row?.n).toBe(0);
    expect(existsSync(pgliteDir())).toBe(true);
  }, 120_000);
});
