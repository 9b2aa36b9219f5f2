import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, notInArray } from "drizzle-orm";
import { accountAdmins, namedUsers, people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { changePrimaryAdmin } from "./change-primary-admin";
import { adminRoles, primaryAdmins } from "@/test/support/admins";

// UM-1 under concurrency needs real PostgreSQL (PGlite runs transactions one at a time).
let w: DemoTestWorld;
let accountId: string;
let admins: Actor[];
beforeAll(async () => {
  w = await createDemoWorldDb("um1");
  accountId = w.world.accountIds.hybrid;
  // Ten more secondary admins, so that many changes with different actors and targets race.
  const taken = Object.keys(await adminRoles(w.db, accountId));
  const extra = await w.db
    .select({ personId: people.id, email: people.email, name: people.name })
    .from(namedUsers)
    .innerJoin(people, eq(people.id, namedUsers.personId))
    .where(and(eq(namedUsers.accountId, accountId), notInArray(namedUsers.personId, taken)))
    .orderBy(people.email)
    .limit(10);
  await w.db.insert(accountAdmins).values(extra.map((p) => ({ accountId, personId: p.personId, role: "secondary" as const })));
  admins = [w.actor("primaryAdmin"), w.actor("secondaryAdmin"), w.actor("secondaryAdmin2"), ...extra.map((p) => ({ personId: p.personId, email: p.email, name: p.name ?? p.email }))];
});
afterAll(async () => {
  await w?.drop();
});

describe("the primary admin under concurrency", () => {
  it("UM-1 UM-2 many admins changing the primary admin at the same moment, each from the primary admin they saw, leave exactly one primary admin: one change applies, the others are refused saying why", async () => {
    const before = await adminRoles(w.db, accountId);
    expect(Object.keys(before)).toHaveLength(13);
    const seen = w.pid("primaryAdmin");
    // 26 changes: every admin acts twice, each time naming a different other admin as the new
    // primary, all from the admins page as it showed Priya as the primary admin.
    const changes = admins.flatMap((actor, i) => [1, 5].map((step) => ({ actor, target: admins[(i + step) % admins.length]!.personId })));
    const results = await Promise.all(changes.map((c) => execute(w.db, c.actor, changePrimaryAdmin, { accountId, personId: c.target, fromPrimaryAdminId: seen })));

    const [now] = await primaryAdmins(w.db, accountId);
    expect(await primaryAdmins(w.db, accountId)).toHaveLength(1);
    const after = await adminRoles(w.db, accountId);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

    // The changes ran one after another on the locked admins: the first that could apply did,
    // every later one found another primary admin than its actor saw.
    const succeeded = results.filter((r) => r.ok);
    expect(succeeded).toEqual([{ ok: true, data: { accountId, primaryAdminId: now, formerPrimaryAdminId: seen } }]);
    results.forEach((r, i) => {
      if (r.ok) return;
      if (changes[i]!.target === now || changes[i]!.target === seen) expect(r).toMatchObject({ ok: false, code: expect.stringMatching(/denied|conflict/), rule: "UM-2" });
      else expect(r).toMatchObject({ ok: false, code: "conflict", rule: "UM-2", message: expect.stringContaining("became the primary admin meanwhile") });
    });
    expect(after).toEqual({ ...before, [seen]: "secondary", [now!]: "primary" });
  });
});
