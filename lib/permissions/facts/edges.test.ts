import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { hubDepartures, invitations, joinRequests } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { bystandersOf } from "@/test/support/bystander-snapshot";
import { demoProjectIds, type DemoProjectKey } from "@/test/support/projects";
import { personIdByEmail } from "@/test/support/admins";
import { personas } from "@/lib/demo/personas";
import { hybridClassicContracts } from "@/test/support/demo-world";
import {
  accountFactsOf,
  loadActorAccountFacts,
  loadActorHubFacts,
  loadContractFacts,
  loadContractManagerChangeFacts,
  loadHubFacts,
  loadHubMemberFacts,
  loadHubRoleChangeFacts,
  loadInvitationFacts,
  loadJoinRequestFacts,
  loadPersonFacts,
  loadProjectInviteFacts,
  loadProjectMemberFacts,
  loadProjectRole,
  navigationOf,
} from ".";

const NONE = "00000000-0000-0000-0000-000000000000";

// The edges of the facts loaders that the two-scope tests leave open: answered invitations past
// their date, the exact moment of expiry, a member the hub also remembers as departed, a
// requester who is no longer in the hub, and which accounts a person administers.
let w: DemoTestWorld;
let demo: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("factsedge");
  demo = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});

describe("facts loaders at their edges", () => {
  it("HB-7 only a pending invitation runs out: an accepted one past its date is not expired; expiry is at its time exactly", async () => {
    const [accepted] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, w.world.hubId), eq(invitations.status, "accepted")));
    expect((await loadInvitationFacts(w.db, w.pid("hubAdmin"), accepted!.id))?.resource.invitation).toMatchObject({ status: "accepted", expired: false });
    const [pending] = await w.db
      .select({ id: invitations.id, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(and(eq(invitations.hubId, w.world.hubId), eq(invitations.email, personas.secondaryAdmin2.email)));
    const at = pending!.expiresAt;
    const elena = w.pid("secondaryAdmin2");
    expect((await loadInvitationFacts(w.db, elena, pending!.id, new Date(at.getTime() - 1)))?.resource.invitation).toMatchObject({ expired: false, addressedToActor: true });
    expect((await loadInvitationFacts(w.db, elena, pending!.id, at))?.resource.invitation.expired).toBe(true);
    expect((await loadInvitationFacts(w.db, elena, pending!.id))?.actor.hub).toBeNull();
  });

  it("HB-8 HB-5 a member of the hub is invited as a member even if the hub also remembers a departure", async () => {
    const lucas = (await personIdByEmail(w.db, "lucas.moreau@northwind.example"))!;
    await w.db.insert(hubDepartures).values({ hubId: w.world.hubId, personId: lucas, reason: "removed" });
    try {
      const f = await loadProjectInviteFacts(w.db, w.pid("hubAdmin"), demo.gearbox, "lucas.moreau@northwind.example", "viewer");
      expect(f?.resource.invitee).toEqual({ hubRole: "hub_member", projectMember: false, active: true, departure: null });
    } finally {
      await w.db.delete(hubDepartures).where(and(eq(hubDepartures.hubId, w.world.hubId), eq(hubDepartures.personId, lucas)));
    }
  });

  it("PR-2 HB-9 a requester who is no longer in the hub has no hub role and is not active", async () => {
    const sam = w.pid("ssoAdmin");
    const [req] = await w.db.insert(joinRequests).values({ projectId: demo.spareParts, personId: sam }).returning({ id: joinRequests.id });
    try {
      const f = await loadJoinRequestFacts(w.db, w.pid("hubAdmin"), req!.id, { approving: true });
      expect(f?.resource.approving).toEqual({ requesterHubRole: null, requesterActive: false });
      expect(f?.actor).toMatchObject({ hub: { role: "hub_admin" }, project: { role: "project_admin" } });
    } finally {
      await w.db.delete(joinRequests).where(eq(joinRequests.id, req!.id));
    }
  });

  it("UM-7 HB-1 CL-3 navigation lists the accounts a person administers: as admin, SSO admin or contract role, not as a plain user", async () => {
    const b = bystandersOf(w.db);
    const nav = async (personId: string) => navigationOf(await loadPersonFacts(w.db, personId)).accounts.map((a) => a.accountId);
    expect(await nav(w.pid("hubMember"))).toEqual([b.accountId]);
    expect(await nav(w.pid("primaryAdmin"))).toEqual([w.world.accountIds.hybrid]);
    expect(await nav(w.pid("ssoAdmin"))).toEqual([w.world.accountIds.hybrid]);
    expect(await nav(w.pid("contractManager2"))).toEqual([w.world.accountIds.hybrid]);
    expect(await nav(w.pid("classicUser"))).toEqual([]);
    expect(await nav(w.pid("namedUser"))).toEqual([]);
  });

  it("UM-7 HB-9 a resource that does not exist, or a person not in it, is null: never another scope's row", async () => {
    const nina = w.pid("hubAdmin");
    expect(await loadActorAccountFacts(w.db, nina, NONE)).toBeNull();
    expect(await loadActorHubFacts(w.db, nina, NONE)).toBeNull();
    expect(await loadHubFacts(w.db, nina, NONE)).toBeNull();
    expect(await loadHubMemberFacts(w.db, nina, NONE, nina)).toBeNull();
    expect(await loadHubRoleChangeFacts(w.db, nina, w.world.hubId, w.pid("ssoAdmin"), "hub_member")).toBeNull();
    expect(await loadProjectRole(w.db, nina, NONE)).toBeNull();
    expect(await loadContractManagerChangeFacts(w.db, nina, NONE, null)).toBeNull();
    // Sam is in no hub: as a promotion target he has no hub role and no project role.
    expect((await loadProjectMemberFacts(w.db, nina, demo.gearbox, w.pid("ssoAdmin")))?.resource.target).toEqual({ personId: w.pid("ssoAdmin"), hubRole: null, projectRole: null, directRole: null });
  });

  it("CL-3 CL-4 UM-7 the contract facts carry the actor's roles, locked or not, and the account's views", async () => {
    const { withSc } = await hybridClassicContracts(w);
    const daniel = w.pid("contractManager");
    const locked = await w.db.transaction((tx) => loadContractFacts(tx, daniel, withSc, { lock: true }));
    expect(locked?.actor.account).toMatchObject({ accountId: w.world.accountIds.hybrid, contractRoles: expect.arrayContaining([{ contractId: withSc, management: "classic", role: "manager" }]) });
    const change = await w.db.transaction((tx) => loadContractManagerChangeFacts(tx, daniel, withSc, w.pid("contractManager2"), { lock: true }));
    expect(change?.actor.account?.accountId).toBe(w.world.accountIds.hybrid);
    expect(change?.resource).toMatchObject({ kind: "contractManagerChange", account: { accountId: w.world.accountIds.hybrid, hasNamedContract: true, hasClassicContract: true }, contract: { contractId: withSc } });
  });

  it("UM-7 the navigation's and the account's facts carry the account and the person's roles there", async () => {
    const facts = await loadPersonFacts(w.db, w.pid("primaryAdmin"));
    const [nw] = navigationOf(facts).accounts;
    expect(nw).toMatchObject({ accountId: w.world.accountIds.hybrid, name: "Northwind Engineering", actor: { personId: w.pid("primaryAdmin"), account: { adminRole: "primary" } }, resource: { kind: "account", account: { accountId: w.world.accountIds.hybrid } } });
    expect(accountFactsOf(facts, w.world.accountIds.hybrid)).toMatchObject({ actor: { account: { adminRole: "primary" } }, resource: { kind: "account", account: { accountId: w.world.accountIds.hybrid, hasNamedContract: true } } });
  });
});
