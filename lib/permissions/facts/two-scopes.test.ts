import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { hubs, invitations, projectGroups } from "@/db/schema";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { bystandersOf } from "@/test/support/bystander-snapshot";
import type { BystanderIds } from "@/test/support/bystanders";
import { demoProjectIds, setSharing, type DemoProjectKey } from "@/test/support/projects";
import { personIdByEmail } from "@/test/support/admins";
import { personas } from "@/lib/demo/personas";
import { demoServiceHubName } from "@/lib/demo/demo-service-hub";
import { decide } from "../decide";
import {
  accountFactsOf,
  loadAccountFacts,
  loadAccountInfo,
  loadAccountInfos,
  loadAccountPersonFacts,
  loadActorAccountFacts,
  loadActorHubFacts,
  loadContractFacts,
  loadContractManagerChangeFacts,
  loadGroupMemberChangeFacts,
  loadHubActivationChangeFacts,
  loadHubFacts,
  loadHubInfo,
  loadHubMemberFacts,
  loadHubRoleChangeFacts,
  loadHubTarget,
  loadInvitationAcceptanceFacts,
  loadInvitationFacts,
  loadJoinRequestFacts,
  loadPersonAccountsAndHubs,
  loadPersonFacts,
  loadProjectFacts,
  loadProjectGroupAddFacts,
  loadProjectInfo,
  loadProjectInviteFacts,
  loadProjectMemberFacts,
  loadProjectRole,
  loadProjectShareFacts,
  loadProjectTransferFacts,
  loadTargetPeopleFacts,
  loadTargetPersonFacts,
  navigationOf,
} from ".";

// Issue 14 (c): the same people hold DIFFERENT roles in the demo world (Northwind's account and
// hub) and in the bystander scope (Quietwater's account and hub, test/support/bystanders.ts).
// Every loader must read the role of the account, contract, hub or project asked about.
let w: DemoTestWorld;
let b: BystanderIds;
let demo: Record<DemoProjectKey, string>;
let nw: string;
let qw: string;
let demoHub: string;
let qwHub: string;
let serviceHub: string;
const pid = async (email: string) => (await personIdByEmail(w.db, email))!;
const nwEmail = (first: string, last: string) => `${first}.${last}@northwind.example`.toLowerCase();

beforeAll(async () => {
  w = await createDemoWorldDb("facts2");
  b = bystandersOf(w.db);
  demo = await demoProjectIds(w.db);
  nw = w.world.accountIds.hybrid;
  qw = b.accountId;
  demoHub = w.world.hubId;
  qwHub = b.hubId;
  const [s] = await w.db.select({ id: hubs.id }).from(hubs).where(eq(hubs.name, demoServiceHubName));
  serviceHub = s!.id;
});
afterAll(async () => {
  await w?.drop();
});

describe("account facts in two accounts", () => {
  it("UM-4 UM-7 HB-1 a person's admin and SSO admin roles are those of the account asked", async () => {
    const leo = w.pid("hubMember");
    expect(await loadActorAccountFacts(w.db, leo, nw)).toMatchObject({ accountId: nw, adminRole: null, ssoAdmin: false, namedUser: true, classicUser: false, contractRoles: [] });
    expect(await loadActorAccountFacts(w.db, leo, qw)).toMatchObject({ accountId: qw, adminRole: "secondary", namedUser: true });
    const marcus = w.pid("secondaryAdmin");
    expect(await loadActorAccountFacts(w.db, marcus, nw)).toMatchObject({ adminRole: "secondary", classicUser: false });
    expect(await loadActorAccountFacts(w.db, marcus, qw)).toMatchObject({ adminRole: null, namedUser: true, classicUser: true });
    const olivia = await pid(nwEmail("Olivia", "Brennan"));
    expect((await loadAccountFacts(w.db, olivia, nw))?.actor.account).toMatchObject({ ssoAdmin: false, namedUser: true });
    const inQw = await loadAccountFacts(w.db, olivia, qw);
    expect(inQw?.actor.account).toMatchObject({ ssoAdmin: true, adminRole: null });
    expect(decide(inQw!.actor, "hubs.create", inQw!.resource)).toMatchObject({ allowed: true });
    const inNw = await loadAccountFacts(w.db, olivia, nw);
    expect(decide(inNw!.actor, "hubs.create", inNw!.resource)).toMatchObject({ allowed: false, rule: "HB-1" });
    // Quinn is Quietwater's primary admin and nothing in Northwind.
    const quinn = await pid("quinn.abernathy@quietwater.example");
    expect(await loadActorAccountFacts(w.db, quinn, nw)).toBeNull();
    expect((await loadAccountFacts(w.db, quinn, nw))?.actor.account).toBeNull();
    expect(await loadAccountFacts(w.db, quinn, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("HY-1 HY-2 CL-3 CL-8 classic users and contract roles are read per account", async () => {
    const { withSc } = await hybridClassicContracts(w);
    const aisha = w.pid("softwareCoordinator");
    expect((await loadActorAccountFacts(w.db, aisha, nw))?.contractRoles).toEqual([{ contractId: withSc, management: "classic", role: "coordinator" }]);
    expect((await loadActorAccountFacts(w.db, aisha, qw))?.contractRoles).toEqual([{ contractId: b.classicContractId, management: "classic", role: "manager" }]);
    const daniel = w.pid("contractManager");
    expect((await loadActorAccountFacts(w.db, daniel, qw))?.contractRoles).toEqual([{ contractId: b.classicContractId, management: "classic", role: "coordinator" }]);
    expect((await loadActorAccountFacts(w.db, daniel, nw))?.contractRoles.every((r) => r.role === "manager")).toBe(true);
    const omar = w.pid("classicUser");
    expect(await loadActorAccountFacts(w.db, omar, nw)).toMatchObject({ classicUser: true, namedUser: false });
    expect(await loadActorAccountFacts(w.db, omar, qw)).toMatchObject({ classicUser: true, namedUser: true });
    const priya = w.pid("primaryAdmin");
    expect(await loadActorAccountFacts(w.db, priya, nw)).toMatchObject({ classicUser: false, adminRole: "primary" });
    expect(await loadActorAccountFacts(w.db, priya, qw)).toMatchObject({ classicUser: true, adminRole: null, namedUser: true });
    const infos = await loadAccountInfos(w.db, [qw, w.world.accountIds.namedOnly, qw]);
    expect(infos.get(qw)).toEqual({ accountId: qw, hasNamedContract: true, hasClassicContract: true });
    expect(infos.get(w.world.accountIds.namedOnly)).toMatchObject({ hasNamedContract: true, hasClassicContract: false });
    expect(await loadAccountInfo(w.db, w.world.accountIds.classicOnly)).toMatchObject({ hasNamedContract: false, hasClassicContract: true });
    expect((await loadAccountInfos(w.db, [])).size).toBe(0);
  });

  it("CL-3 CL-8 the contract facts carry the actor's roles in the contract's own account", async () => {
    const { withSc } = await hybridClassicContracts(w);
    const aisha = w.pid("softwareCoordinator");
    const mine = await loadContractFacts(w.db, aisha, b.classicContractId);
    expect(mine?.resource.contract).toMatchObject({ contractId: b.classicContractId, accountId: qw, management: "classic", channel: "reseller", hasCoordinator: true, managerName: "Aisha Bello" });
    expect(mine?.actor.account?.contractRoles).toEqual([{ contractId: b.classicContractId, management: "classic", role: "manager" }]);
    expect(decide(mine!.actor, "contracts.manageBilling", mine!.resource).allowed).toBe(true);
    const theirs = await loadContractFacts(w.db, aisha, withSc);
    expect(theirs?.actor.account?.contractRoles).toEqual([{ contractId: withSc, management: "classic", role: "coordinator" }]);
    // Her coordinator role in Northwind manages no billing there (CL-8).
    expect(decide(theirs!.actor, "contracts.manageBilling", theirs!.resource)).toMatchObject({ allowed: false, rule: "CL-8" });
    const named = await loadContractFacts(w.db, aisha, b.namedContractId);
    expect(named?.resource.contract).toMatchObject({ management: "named", channel: "online", hasCoordinator: false, managerName: "Quinn Abernathy" });
    expect(await loadContractFacts(w.db, aisha, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("UM-4 CL-5 the targets' admin roles: of this account, or of another one", async () => {
    const leo = w.pid("hubMember");
    const marcus = w.pid("secondaryAdmin");
    expect(await loadTargetPersonFacts(w.db, nw, leo)).toMatchObject({ namedUser: true, adminRole: null, ssoAdmin: false, adminOfOtherAccount: true });
    expect(await loadTargetPersonFacts(w.db, qw, leo)).toMatchObject({ adminRole: "secondary", adminOfOtherAccount: false });
    const olivia = await pid(nwEmail("Olivia", "Brennan"));
    const many = await loadTargetPeopleFacts(w.db, qw, [marcus, olivia, marcus]);
    expect(many.size).toBe(2);
    expect(many.get(marcus)).toMatchObject({ namedUser: true, adminRole: null, adminOfOtherAccount: true });
    expect(many.get(olivia)).toMatchObject({ ssoAdmin: true, adminOfOtherAccount: false });
    expect((await loadTargetPeopleFacts(w.db, qw, [])).size).toBe(0);
    const quinn = await pid("quinn.abernathy@quietwater.example");
    const asQuinn = await loadAccountPersonFacts(w.db, quinn, qw, marcus);
    expect(asQuinn?.actor.account).toMatchObject({ adminRole: "primary" });
    expect(asQuinn?.resource).toMatchObject({ account: { accountId: qw }, target: { adminRole: null, adminOfOtherAccount: true, namedUser: true } });
    expect(decide(asQuinn!.actor, "admins.addSecondary", asQuinn!.resource)).toMatchObject({ allowed: false, rule: "UM-4" });
    expect(await loadAccountPersonFacts(w.db, quinn, "00000000-0000-0000-0000-000000000000", marcus)).toBeNull();

    const { withSc } = await hybridClassicContracts(w);
    const toLeo = await loadContractManagerChangeFacts(w.db, w.pid("contractManager"), withSc, leo);
    expect(toLeo?.resource.newManager).toEqual({ personId: leo, isCurrentManager: false, namedUser: true, adminRole: null, adminOfOtherAccount: true });
    const inQw = await loadContractManagerChangeFacts(w.db, w.pid("softwareCoordinator"), b.classicContractId, leo);
    expect(inQw?.resource.newManager).toMatchObject({ adminRole: "secondary", adminOfOtherAccount: false });
    expect((await loadContractManagerChangeFacts(w.db, w.pid("softwareCoordinator"), b.classicContractId, w.pid("softwareCoordinator")))?.resource.newManager?.isCurrentManager).toBe(true);
    expect((await loadContractManagerChangeFacts(w.db, w.pid("softwareCoordinator"), b.classicContractId, null))?.resource.newManager).toBeNull();
  });

  it("UM-5 whose name: signed in, and in another account through any role or a hub", async () => {
    const target = async (account: string, email: string) => loadTargetPersonFacts(w.db, account, await pid(email));
    expect(await target(qw, "quinn.abernathy@quietwater.example")).toMatchObject({ hasSignedIn: true, inOtherAccount: false });
    expect(await target(nw, "quinn.abernathy@quietwater.example")).toMatchObject({ inOtherAccount: true });
    // Each through one kind of tie only: a hub of the other account, a classic user, an SSO admin, a contract role.
    expect(await target(nw, nwEmail("Lucas", "Moreau"))).toMatchObject({ inOtherAccount: true });
    expect(await target(qw, nwEmail("Rahul", "Mehta"))).toMatchObject({ inOtherAccount: true });
    expect(await target(qw, personas.classicUser.email)).toMatchObject({ inOtherAccount: true });
    expect(await target(qw, personas.ssoAdmin.email)).toMatchObject({ inOtherAccount: true });
    expect(await target(nw, personas.ssoAdmin.email)).toMatchObject({ inOtherAccount: false });
    expect(await target(w.world.accountIds.namedOnly, personas.contractManager2.email)).toMatchObject({ inOtherAccount: true });
    expect(await target(nw, personas.contractManager2.email)).toMatchObject({ inOtherAccount: false });
    expect(await target(w.world.accountIds.classicOnly, personas.classicOnlyManager.email)).toMatchObject({ inOtherAccount: false, hasSignedIn: true });
    // Northwind's last named users are only invited: they never signed in.
    expect(await target(nw, nwEmail("Oscar", "Lund"))).toMatchObject({ hasSignedIn: false, inOtherAccount: false });
  });
});

describe("hub facts in two hubs", () => {
  it("HB-4 HB-9 PR-4 the actor's hub role and 'administers a project' are this hub's", async () => {
    const leo = w.pid("hubMember");
    expect(await loadActorHubFacts(w.db, leo, demoHub)).toEqual({ hubId: demoHub, role: "hub_member", active: true, adminOfAnyProject: true });
    expect(await loadActorHubFacts(w.db, leo, qwHub)).toEqual({ hubId: qwHub, role: "hub_admin", active: true, adminOfAnyProject: true });
    expect(await loadActorHubFacts(w.db, leo, serviceHub)).toEqual({ hubId: serviceHub, role: "hub_member", active: true, adminOfAnyProject: false });
    const priya = w.pid("primaryAdmin");
    expect(await loadActorHubFacts(w.db, priya, demoHub)).toMatchObject({ role: "hub_admin", adminOfAnyProject: true });
    expect(await loadActorHubFacts(w.db, priya, qwHub)).toMatchObject({ role: "hub_member", adminOfAnyProject: false });
    const marco = await pid("marco.bellini@partner.example");
    expect(await loadActorHubFacts(w.db, marco, demoHub)).toMatchObject({ role: "project_contributor", adminOfAnyProject: false });
    expect(await loadActorHubFacts(w.db, marco, qwHub)).toMatchObject({ role: "hub_admin", adminOfAnyProject: true });
    expect(await loadActorHubFacts(w.db, w.pid("deactivatedMember"), demoHub)).toMatchObject({ active: false });
    expect(await loadActorHubFacts(w.db, w.pid("deactivatedMember"), qwHub)).toMatchObject({ active: true });
    expect(await loadActorHubFacts(w.db, await pid("quinn.abernathy@quietwater.example"), demoHub)).toBeNull();
  });

  it("PR-4 a project administrator through a group counts in that group's hub only", async () => {
    const kenji = await pid(nwEmail("Kenji", "Watanabe"));
    expect((await loadActorHubFacts(w.db, kenji, demoHub))?.adminOfAnyProject).toBe(false);
    const mechanical = and(eq(projectGroups.projectId, demo.conveyor));
    await w.db.update(projectGroups).set({ role: "project_admin" }).where(mechanical);
    try {
      expect((await loadActorHubFacts(w.db, kenji, demoHub))?.adminOfAnyProject).toBe(true);
      expect((await loadActorHubFacts(w.db, kenji, qwHub))?.adminOfAnyProject).toBe(false);
      expect((await loadPersonFacts(w.db, kenji)).hubs.map((h) => [h.hubId === demoHub, h.adminOfAnyProject])).toEqual(expect.arrayContaining([[true, true], [false, false]]));
      expect(await loadProjectRole(w.db, kenji, demo.conveyor)).toBe("project_admin");
    } finally {
      await w.db.update(projectGroups).set({ role: "editor" }).where(mechanical);
    }
  });

  it("HB-6 HB-8 HB-10 the hub, its active administrators and the target member are this hub's", async () => {
    const nina = w.pid("hubAdmin");
    const leo = w.pid("hubMember");
    const marco = await pid("marco.bellini@partner.example");
    expect(await loadHubInfo(w.db, demoHub)).toEqual({ hubId: demoHub, accountId: nw, invitationMode: "approval_required", activeHubAdminCount: 2 });
    expect(await loadHubInfo(w.db, qwHub)).toEqual({ hubId: qwHub, accountId: qw, invitationMode: "open", activeHubAdminCount: 3 });
    expect(await loadHubInfo(w.db, "00000000-0000-0000-0000-000000000000")).toBeNull();
    const hub = await loadHubFacts(w.db, leo, qwHub);
    expect(hub).toMatchObject({ name: "Quietwater Studio", actor: { hub: { role: "hub_admin" } }, resource: { hub: { activeHubAdminCount: 3 } } });
    expect(decide(hub!.actor, "hubs.invite", hub!.resource).allowed).toBe(true);
    const demoFacts = await loadHubFacts(w.db, leo, demoHub);
    expect(decide(demoFacts!.actor, "hubs.rename", demoFacts!.resource)).toMatchObject({ allowed: false, rule: "HB-6" });
    expect((await loadHubMemberFacts(w.db, nina, demoHub, marco))?.resource.target).toEqual({ personId: marco, role: "project_contributor", active: true });
    expect((await loadHubMemberFacts(w.db, leo, qwHub, marco))?.resource.target).toEqual({ personId: marco, role: "hub_admin", active: true });
    expect(await loadHubMemberFacts(w.db, nina, demoHub, await pid("quinn.abernathy@quietwater.example"))).toBeNull();
    const olivia = await pid(nwEmail("Olivia", "Brennan"));
    const promote = await loadHubRoleChangeFacts(w.db, leo, qwHub, olivia, "hub_member");
    expect(promote?.resource).toMatchObject({ kind: "hubRoleChange", toRole: "hub_member", target: { role: "project_contributor" } });
    expect((await loadHubRoleChangeFacts(w.db, nina, demoHub, olivia, "hub_admin"))?.resource.target.role).toBe("hub_member");
    const ivan = w.pid("deactivatedMember");
    expect((await loadHubActivationChangeFacts(w.db, nina, demoHub, ivan, true))?.resource).toMatchObject({ toActive: true, target: { active: false } });
    expect((await loadHubActivationChangeFacts(w.db, leo, qwHub, ivan, false))?.resource).toMatchObject({ toActive: false, target: { active: true } });
    expect(await loadHubActivationChangeFacts(w.db, leo, qwHub, w.pid("ssoAdmin"), false)).toBeNull();
    expect(await loadHubTarget(w.db, demoHub, ivan)).toEqual({ personId: ivan, role: "hub_member", active: false });
    const sofia = await pid(nwEmail("Sofia", "Rossi"));
    expect(await loadHubTarget(w.db, qwHub, sofia)).toEqual({ personId: sofia, role: "hub_member", active: false });
    expect(await loadHubTarget(w.db, demoHub, sofia)).toMatchObject({ active: true });
  });

  it("HB-7 an invitation's facts: the actor's role in the invitation's hub, its address, its expiry", async () => {
    const leo = w.pid("hubMember");
    const [kofiDemo] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, demoHub), eq(invitations.email, "kofi.mensah@partner.example")));
    expect((await loadInvitationFacts(w.db, leo, kofiDemo!.id))?.actor.hub).toMatchObject({ hubId: demoHub, role: "hub_member" });
    const [kofiQw] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, qwHub), eq(invitations.email, "kofi.mensah@partner.example")));
    const f = await loadInvitationFacts(w.db, leo, kofiQw!.id);
    expect(f?.actor.hub).toMatchObject({ hubId: qwHub, role: "hub_admin" });
    expect(f?.resource).toMatchObject({ hub: { hubId: qwHub, accountId: qw }, invitation: { hubId: qwHub, projectId: b.projectIds.harbour, status: "pending", expired: false, addressedToActor: false } });
    expect(decide(f!.actor, "invitations.cancel", f!.resource).allowed).toBe(true);
    expect(decide((await loadInvitationFacts(w.db, leo, kofiDemo!.id))!.actor, "invitations.cancel", (await loadInvitationFacts(w.db, leo, kofiDemo!.id))!.resource).allowed).toBe(false);
    const [mine] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, qwHub), eq(invitations.email, personas.hubMember.email), eq(invitations.status, "pending")));
    const own = await loadInvitationFacts(w.db, leo, mine!.id);
    expect(own?.resource.invitation).toMatchObject({ addressedToActor: true, expired: false });
    expect((await loadInvitationFacts(w.db, leo, mine!.id, new Date(Date.now() + 8 * 86_400_000)))?.resource.invitation.expired).toBe(true);
    const [expired] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, qwHub), eq(invitations.email, personas.hubMember.email), eq(invitations.status, "expired")));
    expect((await loadInvitationFacts(w.db, leo, expired!.id))?.resource.invitation).toMatchObject({ status: "expired", expired: true });
    expect(await loadInvitationFacts(w.db, leo, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("HB-8 HB-7 accepting reads the departure, the inviter's role and the project membership of the invitation's own hub", async () => {
    // Fatima was removed from the bystander hub only: invited to the demo hub, nothing is remembered.
    const fatima = await pid(nwEmail("Fatima", "Al-Sayed"));
    const email = nwEmail("Fatima", "Al-Sayed");
    const base = { email, hubRole: "hub_member" as const, expiresAt: new Date(Date.now() + 86_400_000) };
    const made = await w.db
      .insert(invitations)
      .values([
        { ...base, hubId: demoHub, tokenHash: "two-scopes-1", invitedBy: w.pid("hubAdmin") },
        { ...base, hubId: qwHub, tokenHash: "two-scopes-2", invitedBy: w.pid("hubMember") },
        { ...base, hubId: qwHub, projectId: b.projectIds.heron, hubRole: "project_contributor", projectRole: "viewer", tokenHash: "two-scopes-3", invitedBy: w.pid("hubAdmin") },
      ])
      .returning({ id: invitations.id });
    try {
      expect(await loadInvitationAcceptanceFacts(w.db, fatima, made[0]!.id, null)).toMatchObject({ departure: null, projectRole: null, alreadyProjectMember: false });
      // Invited back by Leo, a hub administrator there (a Hub Member in the demo hub).
      expect((await loadInvitationAcceptanceFacts(w.db, fatima, made[1]!.id, null))?.departure).toEqual({ reason: "removed", invitedBackByAdmin: true });
      // Invited by Nina, a hub administrator of the demo hub but a Hub Member there.
      expect((await loadInvitationAcceptanceFacts(w.db, fatima, made[2]!.id, null))).toMatchObject({ projectRole: "viewer", departure: { reason: "removed", invitedBackByAdmin: false } });
    } finally {
      await w.db.delete(invitations).where(and(eq(invitations.email, email)));
    }
    const [zoeAccepted] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, demoHub), eq(invitations.email, personas.projectContributor.email)));
    expect((await loadInvitationAcceptanceFacts(w.db, w.pid("projectContributor"), zoeAccepted!.id, null))?.alreadyProjectMember).toBe(true);
    const oliviaEmail = nwEmail("Olivia", "Brennan");
    const [oliviaQw] = await w.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.hubId, qwHub), eq(invitations.email, oliviaEmail), eq(invitations.status, "pending")));
    expect((await loadInvitationAcceptanceFacts(w.db, await pid(oliviaEmail), oliviaQw!.id, null))?.alreadyProjectMember).toBe(false);
    expect(await loadInvitationAcceptanceFacts(w.db, fatima, "00000000-0000-0000-0000-000000000000", null)).toBeNull();
  });

  it("PR-4 FP-3 LP-2 a group's member change: the group of this hub, the person's role in this hub", async () => {
    const leo = w.pid("hubMember");
    const marcus = w.pid("secondaryAdmin");
    const [crew, survey] = b.groupIds;
    const inQw = await loadGroupMemberChangeFacts(w.db, leo, qwHub, survey!, marcus, "remove");
    expect(inQw).toMatchObject({ groupName: "Survey Team", actor: { hub: { role: "hub_admin" } }, resource: { groupId: survey, change: "remove", onOpenProject: false, target: { personId: marcus, hubRole: "project_contributor", active: true } } });
    const sofia = await pid(nwEmail("Sofia", "Rossi"));
    expect((await loadGroupMemberChangeFacts(w.db, leo, qwHub, crew!, sofia, "add"))?.resource.target).toEqual({ personId: sofia, hubRole: "hub_member", active: false });
    expect((await loadGroupMemberChangeFacts(w.db, leo, qwHub, crew!, w.pid("ssoAdmin"), "add"))?.resource.target).toEqual({ personId: w.pid("ssoAdmin"), hubRole: null, active: false });
    // A group of another hub is not found here.
    expect(await loadGroupMemberChangeFacts(w.db, w.pid("hubAdmin"), demoHub, survey!, marcus, "add")).toBeNull();
    expect(await loadGroupMemberChangeFacts(w.db, leo, "00000000-0000-0000-0000-000000000000", survey!, marcus, "add")).toBeNull();
  });
});

describe("project facts in two hubs", () => {
  it("LP-2 HB-5 the invitee's hub role, activation and departure are those of the project's hub", async () => {
    const nina = w.pid("hubAdmin");
    const marco = await pid("marco.bellini@partner.example");
    // Marcus: a Hub Member in the demo hub, a Project Contributor in the bystander hub.
    const open = await loadProjectInviteFacts(w.db, nina, demo.plantLayout, personas.secondaryAdmin.email, "viewer");
    expect(open?.resource.invitee).toEqual({ hubRole: "hub_member", projectMember: false, active: true, departure: null });
    expect(decide(open!.actor, "projects.invite", open!.resource).allowed).toBe(true);
    const quay = await loadProjectInviteFacts(w.db, marco, b.projectIds.quay, personas.secondaryAdmin.email.toUpperCase(), "viewer");
    expect(quay?.resource).toMatchObject({ role: "viewer", invitee: { hubRole: "project_contributor", projectMember: false } });
    expect(decide(quay!.actor, "projects.invite", quay!.resource)).toMatchObject({ allowed: false, rule: "LP-2" });
    const ivan = personas.deactivatedMember.email;
    expect((await loadProjectInviteFacts(w.db, nina, demo.spareParts, ivan, "viewer"))?.resource.invitee).toMatchObject({ active: false });
    expect((await loadProjectInviteFacts(w.db, marco, b.projectIds.dockside, ivan, "viewer"))?.resource.invitee).toMatchObject({ active: true, hubRole: "hub_member" });
    const fatima = nwEmail("Fatima", "Al-Sayed");
    expect((await loadProjectInviteFacts(w.db, w.pid("hubMember"), b.projectIds.harbour, fatima, "viewer"))?.resource.invitee).toEqual({ hubRole: null, projectMember: false, active: true, departure: "removed" });
    expect((await loadProjectInviteFacts(w.db, nina, demo.gearbox, fatima, "viewer"))?.resource.invitee).toEqual({ hubRole: null, projectMember: false, active: true, departure: null });
    // A member through a group only (Lucas, Survey Team on Harbour Survey), and not in the demo's Gearbox.
    const lucas = nwEmail("Lucas", "Moreau");
    expect((await loadProjectInviteFacts(w.db, w.pid("hubMember"), b.projectIds.harbour, lucas, "viewer"))?.resource.invitee.projectMember).toBe(true);
    expect((await loadProjectInviteFacts(w.db, nina, demo.gearbox, lucas, "viewer"))?.resource.invitee.projectMember).toBe(false);
    expect((await loadProjectInviteFacts(w.db, nina, demo.gearbox, "nobody@elsewhere.example", "editor"))?.resource.invitee).toEqual({ hubRole: null, projectMember: false, active: true, departure: null });
    expect(await loadProjectInviteFacts(w.db, nina, "00000000-0000-0000-0000-000000000000", lucas, "viewer")).toBeNull();
  });

  it("LP-3 LP-5 FP-3 the promotion target's hub role is that of the project's hub", async () => {
    const leo = w.pid("hubMember");
    const marcus = w.pid("secondaryAdmin");
    // Marcus: a Hub Member in the demo hub, a Project Contributor (an editor of the Closed Lighthouse Retrofit) here.
    const legacy = await loadProjectMemberFacts(w.db, leo, b.projectIds.lighthouse, marcus);
    expect(legacy?.resource.target).toEqual({ personId: marcus, hubRole: "project_contributor", projectRole: "editor", directRole: "editor" });
    expect(decide(legacy!.actor, "projects.makeAdmin", legacy!.resource)).toMatchObject({ allowed: false, rule: "LP-3" });
    const inDemo = await loadProjectMemberFacts(w.db, w.pid("hubAdmin"), demo.tooling, marcus);
    expect(inDemo?.resource.target).toMatchObject({ hubRole: "hub_member", projectRole: "editor", directRole: "editor" });
    expect(decide(inDemo!.actor, "projects.makeAdmin", inDemo!.resource).allowed).toBe(true);
    // Marco: a Project Contributor in the demo hub, a hub administrator here.
    const marco = await pid("marco.bellini@partner.example");
    expect((await loadProjectMemberFacts(w.db, w.pid("primaryAdmin"), demo.falcon, marco))?.resource.target).toMatchObject({ hubRole: "project_contributor", projectRole: "viewer" });
    expect((await loadProjectMemberFacts(w.db, leo, b.projectIds.quay, marco))?.resource.target).toMatchObject({ hubRole: "hub_admin", projectRole: "project_admin" });
    const lucas = await pid(nwEmail("Lucas", "Moreau"));
    expect((await loadProjectMemberFacts(w.db, leo, b.projectIds.harbour, lucas))?.resource.target).toEqual({ personId: lucas, hubRole: "hub_member", projectRole: "viewer", directRole: null });
    expect(await loadProjectMemberFacts(w.db, leo, "00000000-0000-0000-0000-000000000000", lucas)).toBeNull();
  });

  it("LP-2 FP-2 PR-1 the actor's hub role and project role are the project's hub's and project's", async () => {
    const priya = w.pid("primaryAdmin");
    const quay = await loadProjectFacts(w.db, priya, b.projectIds.quay);
    expect(quay).toMatchObject({ actor: { hub: { hubId: qwHub, role: "hub_member" }, project: { projectId: b.projectIds.quay, role: "editor" } }, resource: { hub: { hubId: qwHub }, project: { hubId: qwHub, memberCount: 5 } } });
    expect((await loadProjectFacts(w.db, priya, demo.plantLayout))?.actor).toMatchObject({ hub: { role: "hub_admin" }, project: { role: "project_admin" } });
    // Through a group: Kenji is in Quay Crew (editor on Dockside Archive) and an editor there himself.
    const kenji = await pid(nwEmail("Kenji", "Watanabe"));
    expect(await loadProjectRole(w.db, kenji, b.projectIds.dockside)).toBe("editor");
    expect(await loadProjectRole(w.db, w.pid("deactivatedMember"), b.projectIds.dockside)).toBe("editor");
    expect(await loadProjectRole(w.db, kenji, b.projectIds.heron)).toBeNull();
    // A project administrator directly who is also in a viewer group keeps the highest role.
    expect(await loadProjectRole(w.db, w.pid("hubAdmin"), b.projectIds.harbour)).toBe("editor");
    const olivia = await pid(nwEmail("Olivia", "Brennan"));
    const openHere = await loadProjectFacts(w.db, olivia, b.projectIds.quay);
    expect(openHere?.actor).toMatchObject({ hub: { role: "project_contributor" }, project: null });
    expect(decide(openHere!.actor, "projects.open", openHere!.resource)).toMatchObject({ allowed: false });
    expect(await loadProjectInfo(w.db, b.projectIds.dockside)).toEqual({ projectId: b.projectIds.dockside, hubId: qwHub, memberCount: 4, kind: "folder", visibility: null });
    expect(await loadProjectInfo(w.db, b.projectIds.heron, { lock: true })).toMatchObject({ kind: "legacy", visibility: "secret", memberCount: 4 });
    expect(await loadProjectInfo(w.db, "00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(await loadProjectFacts(w.db, olivia, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("PR-2 HB-8 a join request's requester: their role and activation in the project's hub", async () => {
    const leo = w.pid("hubMember");
    const [priyaReq, ivanReq] = await Promise.all(
      [w.pid("primaryAdmin"), w.pid("deactivatedMember")].map(async (p) => (await w.db.query.joinRequests.findFirst({ where: (r, { and: all, eq: is }) => all(is(r.projectId, b.projectIds.lighthouse), is(r.personId, p)) }))!.id),
    );
    const priya = await loadJoinRequestFacts(w.db, leo, priyaReq!, { approving: true });
    expect(priya?.resource).toMatchObject({ hub: { hubId: qwHub }, project: { projectId: b.projectIds.lighthouse }, request: { requesterId: w.pid("primaryAdmin"), status: "pending" }, approving: { requesterHubRole: "hub_member", requesterActive: true } });
    expect((await loadJoinRequestFacts(w.db, leo, ivanReq!, { approving: true }))?.resource.approving).toEqual({ requesterHubRole: "hub_member", requesterActive: true });
    expect((await loadJoinRequestFacts(w.db, leo, ivanReq!))?.resource).not.toHaveProperty("approving");
    expect(await loadJoinRequestFacts(w.db, leo, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("PR-4 LP-2 adding a group: whether THIS hub's Project Contributors are in it, whether it is already added", async () => {
    const [crew, survey] = b.groupIds;
    const leo = w.pid("hubMember");
    expect((await loadProjectGroupAddFacts(w.db, leo, b.projectIds.quay, survey!))?.resource).toMatchObject({ groupAlreadyAdded: false, groupHoldsContributor: true });
    expect((await loadProjectGroupAddFacts(w.db, leo, b.projectIds.dockside, crew!))?.resource).toMatchObject({ groupAlreadyAdded: true, groupHoldsContributor: false });
    // Quay Crew holds Marco: a hub administrator here, a Project Contributor only in the demo hub.
    expect((await loadProjectGroupAddFacts(w.db, leo, b.projectIds.quay, crew!))?.resource).toMatchObject({ groupAlreadyAdded: false, groupHoldsContributor: false });
    const [mech] = await w.db.select({ groupId: projectGroups.groupId }).from(projectGroups).where(eq(projectGroups.projectId, demo.conveyor));
    const plant = await loadProjectGroupAddFacts(w.db, w.pid("primaryAdmin"), demo.plantLayout, mech!.groupId);
    expect(plant?.resource).toMatchObject({ groupAlreadyAdded: false, groupHoldsContributor: false });
    expect(await loadProjectGroupAddFacts(w.db, leo, "00000000-0000-0000-0000-000000000000", crew!)).toBeNull();
  });

  it("PR-5 HB-3 a transfer's destination and a share's switch are read from their own hub", async () => {
    const leo = w.pid("hubMember");
    expect((await loadProjectTransferFacts(w.db, leo, demo.conveyor, qwHub))?.resource.destination).toEqual({ hubId: qwHub, accountId: qw, actorRole: "hub_admin", actorActive: true });
    expect((await loadProjectTransferFacts(w.db, leo, demo.conveyor, serviceHub))?.resource.destination).toEqual({ hubId: serviceHub, accountId: nw, actorRole: "hub_member", actorActive: true });
    const sofia = await pid(nwEmail("Sofia", "Rossi"));
    expect((await loadProjectTransferFacts(w.db, sofia, demo.tooling, qwHub))?.resource.destination).toMatchObject({ actorRole: "hub_member", actorActive: false });
    expect((await loadProjectTransferFacts(w.db, leo, demo.conveyor, "00000000-0000-0000-0000-000000000000"))?.resource.destination).toEqual({ hubId: "00000000-0000-0000-0000-000000000000", accountId: null, actorRole: null, actorActive: false });
    expect(await loadProjectTransferFacts(w.db, leo, "00000000-0000-0000-0000-000000000000", qwHub)).toBeNull();
    await setSharing(w.db, demoHub, false);
    try {
      expect((await loadProjectShareFacts(w.db, leo, b.projectIds.harbour))?.resource.sharingEnabled).toBe(true);
      expect((await w.db.transaction((tx) => loadProjectShareFacts(tx, leo, b.projectIds.harbour, { lock: true })))?.resource.sharingEnabled).toBe(true);
      expect((await loadProjectShareFacts(w.db, leo, demo.conveyor))?.resource.sharingEnabled).toBe(false);
      expect((await w.db.transaction((tx) => loadProjectShareFacts(tx, leo, demo.conveyor, { lock: true })))?.resource.sharingEnabled).toBe(false);
    } finally {
      await setSharing(w.db, demoHub, true);
    }
    expect(await loadProjectShareFacts(w.db, leo, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});

describe("the person's facts across both scopes", () => {
  it("UM-7 HB-8 HB-1 every account and hub once, each with its own roles; navigation lists what they administer, active hubs only", async () => {
    const olivia = await loadPersonFacts(w.db, await pid(nwEmail("Olivia", "Brennan")));
    expect(olivia.accounts.map((a) => [a.name, a.roles.ssoAdmin, a.roles.namedUser, a.roles.classicUser])).toEqual([
      ["Northwind Engineering", false, true, true],
      ["Quietwater Holdings", true, true, true],
    ]);
    expect(olivia.hubs.map((h) => [h.hubId, h.role])).toEqual([[demoHub, "hub_member"], [qwHub, "project_contributor"]]);
    const nav = navigationOf(olivia);
    expect(nav.accounts.map((a) => a.accountId)).toEqual([qw]);
    expect(accountFactsOf(olivia, qw)?.actor.account?.ssoAdmin).toBe(true);
    expect(accountFactsOf(olivia, w.world.accountIds.namedOnly)).toBeNull();
    const sofia = await loadPersonAccountsAndHubs(w.db, await pid(nwEmail("Sofia", "Rossi")));
    expect(sofia.hubs.map((h) => h.hubId)).toEqual([demoHub]);
    const aisha = navigationOf(await loadPersonFacts(w.db, w.pid("softwareCoordinator")));
    expect(aisha.accounts.map((a) => a.accountId).sort()).toEqual([nw, qw].sort());
    const leo = await loadPersonFacts(w.db, w.pid("hubMember"));
    expect(leo.hubs.map((h) => [h.name, h.role, h.accountId, h.adminOfAnyProject])).toEqual([
      ["Northwind Product Design", "hub_member", nw, true],
      ["Northwind Service Hub", "hub_member", nw, false],
      ["Quietwater Studio", "hub_admin", qw, true],
    ]);
    expect(leo.accounts.find((a) => a.accountId === qw)?.roles.adminRole).toBe("secondary");
    expect(leo.accounts.find((a) => a.accountId === nw)?.roles.adminRole).toBeNull();
    expect(leo.demoWorld).toBe(true);
    expect(await loadPersonFacts(w.db, "no-such-person")).toEqual({ personId: "no-such-person", accounts: [], hubs: [], demoWorld: false });
  });
});
