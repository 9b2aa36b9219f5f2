import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { sessionPerson } from "@/lib/auth/revoke-sessions";
import { discoverRoutes, listRouteFiles, ROOT } from "@/test/sweep/registry";
import { unreachableDb } from "@/test/support/unreachable-db";
import { DATABASE_UNREACHABLE_MESSAGE } from "./unexpected";

// Issue 14, "Faults": a route handler read the actor (a query) before anything could catch a
// failure, so an export or the import answered Next's bare 500 during an outage.

const outage = vi.hoisted(() => ({ db: null as unknown as Db }));
vi.mock("@/db/client", () => ({ getDb: async () => outage.db }));
vi.mock("@/lib/auth/actor", () => {
  const currentActor = async (): Promise<Actor | null> => {
    const person = await sessionPerson(outage.db, "a-person-id", 0);
    return person ? { personId: person.id, email: person.email, name: person.name ?? person.email } : null;
  };
  return { currentActor, requireActor: currentActor };
});

// Auth.js's own endpoints, the development round-trip counter and the health route (its own 503) are not data routes.
const notDataRoutes = (path: string) => path.startsWith("/api/auth") || path.startsWith("/api/dev") || path === "/api/health";
const ID = "00000000-0000-4000-8000-000000000000";

let close: () => Promise<void>;
beforeAll(async () => {
  const refusing = await unreachableDb("refusing");
  outage.db = refusing.db;
  close = refusing.close;
});
afterAll(async () => {
  await close?.();
});

describe("a data route while the database is unreachable", () => {
  it("reliability: security: every data route handler is declared through openRoute (lib/actions/route-door.ts): sign-in, ids, the policy and outages handled once", () => {
    const files = listRouteFiles().filter((r) => !notDataRoutes(r.path));
    expect(files.length).toBeGreaterThan(0);
    for (const { file } of files) {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      expect({ file, declared: /export const (GET|POST|PUT|PATCH|DELETE) = openRoute\(/.test(source), bare: /export (async )?function (GET|POST|PUT|PATCH|DELETE)\b/.test(source) }).toEqual({ file, declared: true, bare: false });
    }
  });

  // It imports every route module (Next, Auth.js, the database layer): slow on a loaded machine.
  it("reliability: each answers 503 with a readable JSON body saying nothing was changed, never a bare 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const routes = await discoverRoutes(notDataRoutes);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const params = Object.fromEntries([...route.path.matchAll(/\[(\w+)\]/g)].map((m) => [m[1]!, ID]));
      const url = `http://localhost${route.path.replace(/\[(\w+)\]/g, ID)}`;
      const request = route.method === "GET" ? new Request(url) : new Request(url, { method: route.method, headers: { origin: process.env.AUTH_URL ?? "http://localhost:3000" }, body: new FormData() });
      const response = await route.handler(request, { params: Promise.resolve(params) });
      expect({ route: route.id, status: response.status }).toEqual({ route: route.id, status: 503 });
      expect(await response.json()).toEqual({ ok: false, code: "error", message: DATABASE_UNREACHABLE_MESSAGE });
    }
  }, 120_000);
});
