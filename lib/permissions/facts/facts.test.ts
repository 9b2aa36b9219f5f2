import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { hubMembers, namedUsers } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { bystandersOf } from "@/test/support/bystander-snapshot";
import { decide } from "../decide";
import { loadAccountFacts, loadHubFacts, loadHubMemberFacts, loadPersonFacts } from ".";

let w: DemoTestWorld;

beforeAll(async () => {
  w = await createDemoWorldDb("facts");
});
afterAll(async () => {
  await w?.drop();
});

describe("facts loaders (one statement each)", () => {
  it("HB-1 UM-7 an SSO admin of account A is no SSO admin in account B, in the account facts and the person's facts", async () => {
    const sam = w.pid("ssoAdmin");
    const { hybrid, namedOnly } = w.world.accountIds;
    expect((await loadAccountFacts(w.db, sam, hybrid))?.actor.account?.ssoAdmin).toBe(true);
    expect((await loadAccountFacts(w.db, sam, namedOnly))?.actor.account).toBeNull();
    // With a role in B (a named user there), the SSO admin role of A still does not count in B.
    await w.db.insert(namedUsers).values({ accountId: namedOnly, personId: sam, status: "active" });
    const inB = await loadAccountFacts(w.db, sam, namedOnly);
    expect(inB?.actor.account).toMatchObject({ accountId: namedOnly, ssoAdmin: false, namedUser: true, adminRole: null });
    expect(decide(inB!.actor, "hubs.create", inB!.resource)).toMatchObject({ allowed: false, rule: "HB-1" });
    const person = await loadPersonFacts(w.db, sam);
    expect(person.accounts.find((a) => a.accountId === namedOnly)?.roles.ssoAdmin).toBe(false);
    expect(person.accounts.find((a) => a.accountId === hybrid)?.roles.ssoAdmin).toBe(true);
    await w.db.delete(namedUsers).where(and(eq(namedUsers.accountId, namedOnly), eq(namedUsers.personId, sam)));
  });

  it("HB-8 the hub facts loader counts only ACTIVE hub administrators", async () => {
    const hubId = w.world.hubId;
    const nina = w.pid("hubAdmin");
    expect((await loadHubFacts(w.db, nina, hubId))?.resource.hub.activeHubAdminCount).toBe(2);
    await w.db.update(hubMembers).set({ active: false }).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, w.pid("primaryAdmin"))));
    try {
      expect((await loadHubFacts(w.db, nina, hubId))?.resource.hub.activeHubAdminCount).toBe(1);
      const locked = await w.db.transaction((tx) => loadHubMemberFacts(tx, nina, hubId, nina, { lock: true }));
      expect(locked?.resource.hub.activeHubAdminCount).toBe(1);
      // So the last active one cannot deactivate herself (HB-8).
      expect(decide(locked!.actor, "hubs.changeActivation", { kind: "hubActivationChange", hub: locked!.resource.hub, target: locked!.resource.target, toActive: false })).toMatchObject({ allowed: false, rule: "HB-8" });
    } finally {
      await w.db.update(hubMembers).set({ active: true }).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, w.pid("primaryAdmin"))));
    }
  });

  it("HB-8 UM-7 the person's facts list every account and hub membership once, deactivated ones marked", async () => {
    // Both are in the bystander account and hub too (test/support/bystanders.ts), Ivan active there.
    const bystanders = bystandersOf(w.db);
    const ivan = await loadPersonFacts(w.db, w.pid("deactivatedMember"));
    expect(ivan.hubs).toEqual([
      expect.objectContaining({ hubId: w.world.hubId, active: false, role: "hub_member" }),
      expect.objectContaining({ hubId: bystanders.hubId, active: true, role: "hub_member" }),
    ]);
    const priya = await loadPersonFacts(w.db, w.pid("primaryAdmin"));
    expect(priya.accounts.map((a) => a.accountId)).toEqual([w.world.accountIds.hybrid, bystanders.accountId]);
    expect(priya.accounts[0]?.roles).toMatchObject({ adminRole: "primary", namedUser: true });
    expect(priya.demoWorld).toBe(true);
  });
});
