import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { contracts, hubMembers, projects } from "@/db/schema";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { decide } from "@/lib/permissions";
import { loadAccountFacts, loadContractFacts, loadHubFacts, loadProjectFacts } from "@/lib/permissions/facts";
import { listProjects, projectListQuery } from "@/lib/hubs/projects/list-projects";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { listVisibleContracts } from "@/lib/contracts/list-contracts";
import { listNamedUsers } from "@/lib/accounts/named-users/list-named-users";
import { listProductSeats } from "@/lib/seats/product-seats";

// List pages read through SQL scopes; these tests hold each scope to the policy, row by
// row, for every demo persona, so a list can never show what `decide` would hide.
let w: DemoTestWorld;
/** Every project of the hub list page's read (listProjects, as app/(portal)/hubs/[hubId]/page.tsx calls it), page after page. */
async function listedProjectIds(personId: string, m: Parameters<typeof listProjects>[2]): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listProjects(w.db, personId, m, projectListQuery.parse({ after }), 2);
    ids.push(...page.rows.map((p) => p.projectId));
    if (!page.next) return ids;
    after = page.next;
  }
}
beforeAll(async () => {
  w = await createDemoWorldDb("scopes");
});
afterAll(async () => {
  await w?.drop();
});

const everyone = Object.keys(personas) as PersonaKey[];

describe("scoped reads agree with the policy", () => {
  it("UM-7 CL-8 the contracts list shows exactly the contracts decide lets each persona see", async () => {
    const all = await w.db.select({ id: contracts.id, accountId: contracts.accountId }).from(contracts);
    for (const key of everyone) {
      for (const accountId of Object.values(w.world.accountIds)) {
        const facts = await loadAccountFacts(w.db, w.pid(key), accountId);
        const mine = facts?.actor.account;
        const listed = mine ? new Set((await listVisibleContracts(w.db, mine)).map((c) => c.contractId)) : new Set<string>();
        for (const c of all.filter((x) => x.accountId === accountId)) {
          const cf = await loadContractFacts(w.db, w.pid(key), c.id);
          const allowed = cf ? decide(cf.actor, "contracts.view", cf.resource).allowed : false;
          expect({ persona: key, contract: c.id, listed: listed.has(c.id) }).toEqual({ persona: key, contract: c.id, listed: allowed });
        }
      }
    }
  });

  it("HB-9 FP-2 FP-4 LP-2 LP-5 LP-6 the hub's project list shows exactly the projects decide lets each member see", async () => {
    const members = await w.db.select({ personId: hubMembers.personId }).from(hubMembers).where(eq(hubMembers.hubId, w.world.hubId));
    const all = await w.db.select({ id: projects.id }).from(projects).where(eq(projects.hubId, w.world.hubId));
    expect(members.length).toBeGreaterThan(5);
    for (const { personId } of members) {
      const hub = await loadHubFacts(w.db, personId, w.world.hubId);
      const listed = new Set(await listedProjectIds(personId, hub!.actor.hub!));
      for (const p of all) {
        const pf = await loadProjectFacts(w.db, personId, p.id);
        const allowed = decide(pf!.actor, "projects.viewInList", pf!.resource).allowed;
        expect({ personId, project: p.id, listed: listed.has(p.id) }).toEqual({ personId, project: p.id, listed: allowed });
      }
    }
  });

  it("HB-8 a deactivated member's project list is empty", async () => {
    const hub = await loadHubFacts(w.db, w.pid("deactivatedMember"), w.world.hubId);
    expect(hub?.actor.hub?.active).toBe(false);
    expect(await listedProjectIds(w.pid("deactivatedMember"), hub!.actor.hub!)).toEqual([]);
  });

  it("HY-2 By User lists the account's named users only: a classic-only user is not there", async () => {
    const page = await listNamedUsers(w.db, w.world.accountIds.hybrid, { limit: 200 });
    const emails = page.rows.map((r) => r.email);
    expect(emails).toContain(personas.namedUser.email);
    expect(emails).not.toContain(personas.classicUser.email);
    expect(emails).not.toContain(personas.otherAccountAdmin.email);
    expect(page.next).toBeNull();
  });

  it("By User pages with a keyset cursor and finds people by name or email", async () => {
    const first = await listNamedUsers(w.db, w.world.accountIds.hybrid, { limit: 10 });
    expect(first.rows).toHaveLength(10);
    expect(first.next).not.toBeNull();
    const second = await listNamedUsers(w.db, w.world.accountIds.hybrid, { limit: 10, after: first.next! });
    const overlap = second.rows.filter((r) => first.rows.some((f) => f.personId === r.personId));
    expect(overlap).toEqual([]);
    const byName = await listNamedUsers(w.db, w.world.accountIds.hybrid, { q: "fischer", limit: 10 });
    expect(byName.rows.map((r) => r.email)).toEqual([personas.namedUser.email]);
    const byEmail = await listNamedUsers(w.db, w.world.accountIds.hybrid, { q: "PRIYA.RAMAN@", limit: 10 });
    expect(byEmail.rows.map((r) => r.adminRole)).toEqual(["primary"]);
    const wildcard = await listNamedUsers(w.db, w.world.accountIds.hybrid, { q: "%", limit: 10 });
    expect(wildcard.rows).toEqual([]);
  });

  it("UM-9 By Product counts seats of active named contracts only, and assignments within them", async () => {
    const rows = await listProductSeats(w.db, w.world.accountIds.hybrid);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.assigned).toBeLessThanOrEqual(r.total);
      expect(r.available).toBe(r.total - r.assigned);
    }
    const maya = rows.find((r) => r.code === "MAYA");
    if (maya) expect(maya.total).toBe(0);
  });
});
