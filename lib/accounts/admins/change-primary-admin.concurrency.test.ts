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
  it("UM-1 UM-2 many admins changing the primary admin at the same moment leave exactly one primary admin, and each change succeeds or is refused cleanly", async () => {
    const before = await adminRoles(w.db, accountId);
    expect(Object.keys(before)).toHaveLength(13);
    // 26 changes: every admin acts twice, each time naming a different other admin as the new
    // primary, so targets collide and some targets are primary by the time their change runs.
    const changes = admins.flatMap((actor, i) => [1, 5].map((step) => ({ actor, target: admins[(i + step) % admins.length]!.personId })));
    const results = await Promise.all(changes.map((c) => execute(w.db, c.actor, changePrimaryAdmin, { accountId, personId: c.target })));

    expect(await primaryAdmins(w.db, accountId)).toHaveLength(1);
    const after = await adminRoles(w.db, accountId);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

    const succeeded = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    console.log(`UM-1 race: ${succeeded.length} changes succeeded, ${refused.length} refused`);
    expect(succeeded.length).toBeGreaterThan(0);
    // Refused only because the target was already primary when the change ran (UM-2).
    for (const r of refused) expect(r).toMatchObject({ ok: false, code: "denied", rule: "UM-2" });
    // The changes ran one after another: each success demoted the primary admin of its moment, so
    // the successes form one walk "former → new" from the first primary admin to the last one.
    const balance = new Map<string, number>();
    const bump = (id: string, by: number) => balance.set(id, (balance.get(id) ?? 0) + by);
    for (const r of succeeded) {
      if (!r.ok) continue;
      bump(r.data.formerPrimaryAdminId!, 1);
      bump(r.data.primaryAdminId, -1);
    }
    const [first, last] = [w.pid("primaryAdmin"), (await primaryAdmins(w.db, accountId))[0]!];
    for (const [id, n] of balance) expect(n, id).toBe(first === last ? 0 : id === first ? 1 : id === last ? -1 : 0);
  });
});
