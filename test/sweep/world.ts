import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, accountDomains, contracts, hubMembers, hubs, invitations, joinRequests, namedUsers, people, projectMembers, projects } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { personas } from "@/lib/demo/personas";
import { demoServiceHubName } from "@/lib/demo/demo-service-hub";
import { newInvitationToken } from "@/lib/hubs/invitations/invitation-token";
import { invitationExpiry } from "@/lib/hubs/invitations/invitation-email";
import { loadAccountFacts, loadHubFacts, loadProjectFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import type { SignedInPrincipal } from "./principals";

/**
 * The sweep's world: the demo world (accounts, contracts, seats, hubs, projects, invitations,
 * join requests, groups, content) plus fresh principals, so that every column holds exactly
 * one role. The targets are the FIRST of each kind: Northwind (the hybrid account), Daniel's
 * classic contract with a coordinator, the hub "Northwind Product Design" and its project
 * "Gearbox Redesign"; Contoso is the other account, "Northwind Service Hub" the transfer
 * destination.
 */
export type SweepWorld = DemoTestWorld & {
  t: {
    accountId: string;
    otherAccountId: string;
    contractId: string;
    otherContractId: string;
    hubId: string;
    destinationHubId: string;
    projectId: string;
  };
  /** A signed-in principal as the actor a door passes to `execute`. */
  principal: (key: SignedInPrincipal) => Actor;
  /** A person's id by email (demo or fixture). */
  personId: (email: string) => Promise<string>;
};

/** The fixture's own people: `role` is what the world gives them below. */
const FRESH = {
  noRole: { email: "sweep.nobody@elsewhere.example", firstName: "Nobody", lastName: "Sweep" },
  namedUser: { email: "sweep.named@northwind.example", firstName: "Named", lastName: "Sweep" },
  secondaryAdmin: { email: "sweep.secondary@northwind.example", firstName: "Secondary", lastName: "Sweep" },
  primaryAdmin: { email: "sweep.primary@northwind.example", firstName: "Primary", lastName: "Sweep" },
  otherCoordinator: { email: "sweep.coordinator@northwind.example", firstName: "Coordinator", lastName: "Sweep" },
  hubAdmin: { email: "sweep.hubadmin@northwind.example", firstName: "HubAdmin", lastName: "Sweep" },
  hubMember: { email: "sweep.hubmember@northwind.example", firstName: "HubMember", lastName: "Sweep" },
  deactivatedMember: { email: "sweep.deactivated@northwind.example", firstName: "Deactivated", lastName: "Sweep" },
} as const satisfies Partial<Record<SignedInPrincipal, { email: string; firstName: string; lastName: string }>>;

/** The demo personas who already hold exactly one role in the targets. */
const FROM_DEMO = {
  ssoAdmin: personas.ssoAdmin.email,
  contractManager: personas.contractManager.email,
  projectContributor: personas.projectContributor.email,
  otherAccountAdmin: personas.otherAccountAdmin.email,
} as const satisfies Partial<Record<SignedInPrincipal, string>>;

export const PRINCIPAL_EMAILS: Record<SignedInPrincipal, string> = {
  ...Object.fromEntries(Object.entries(FRESH).map(([k, p]) => [k, p.email])),
  ...FROM_DEMO,
} as Record<SignedInPrincipal, string>;

async function idOf(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.email, email));
  if (!row) throw new Error(`sweep world: no person ${email}`);
  return row.id;
}

export async function createSweepWorld(): Promise<SweepWorld> {
  const w = await createDemoWorldDb("sweep");
  const db = w.db;
  const accountId = w.world.accountIds.hybrid;
  const hubId = w.world.hubId;
  const { withSc, hannahs } = await hybridClassicContracts(w);
  const [destination] = await db.select({ id: hubs.id }).from(hubs).where(eq(hubs.name, demoServiceHubName));
  const [gearbox] = await db.select({ id: projects.id }).from(projects).where(and(eq(projects.hubId, hubId), eq(projects.name, "Gearbox Redesign")));
  if (!destination || !gearbox) throw new Error("sweep world: the demo world lacks the service hub or Gearbox Redesign");

  const now = new Date();
  const ids = Object.fromEntries(Object.keys(FRESH).map((k) => [k, randomUUID()])) as Record<keyof typeof FRESH, string>;
  // Everyone has signed in once (a verified email), so the session door knows them.
  await db.insert(people).values(
    Object.entries(FRESH).map(([k, p]) => ({ id: ids[k as keyof typeof FRESH], ...p, name: `${p.firstName} ${p.lastName}`, emailVerified: now, lastSignInAt: now })),
  );
  // Account roles. The sweep's primary admin takes over the account's one primary role
  // (UM-1), so the demo's Priya, who is also a hub administrator, is in no column.
  await db.insert(namedUsers).values(
    (["namedUser", "secondaryAdmin", "primaryAdmin"] as const).map((k) => ({ accountId, personId: ids[k], status: "active" as const })),
  );
  await db.update(accountAdmins).set({ personId: ids.primaryAdmin }).where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.role, "primary")));
  await db.insert(accountAdmins).values({ accountId, personId: ids.secondaryAdmin, role: "secondary" });
  // A domain that signs in through SSO only, so that turning enforcement off is a real change.
  await db.insert(accountDomains).values({ accountId, domain: "sso.sweep.example", ssoEnforced: true });
  // CL-7: a coordinator of another contract of the same account.
  await db.update(contracts).set({ softwareCoordinatorId: ids.otherCoordinator }).where(eq(contracts.id, hannahs));
  // Hub roles: the destination hub too, so that a transfer (PR-5) can be allowed.
  await db.insert(hubMembers).values([
    { hubId, personId: ids.hubAdmin, role: "hub_admin" },
    { hubId, personId: ids.hubMember, role: "hub_member" },
    { hubId, personId: ids.deactivatedMember, role: "hub_member", active: false },
    { hubId: destination.id, personId: ids.hubAdmin, role: "hub_admin" },
    { hubId: destination.id, personId: ids.hubMember, role: "hub_member" },
  ]);
  await db.insert(projectMembers).values([
    { projectId: gearbox.id, personId: ids.hubMember, role: "project_admin" },
    { projectId: gearbox.id, personId: ids.deactivatedMember, role: "editor" },
  ]);
  // A pending hub invitation addressed to the person with no role (HB-7: only they answer it),
  // and a pending request to join the target project (PR-2).
  const invitationId = randomUUID();
  await db.insert(invitations).values({
    id: invitationId,
    hubId,
    email: FRESH.noRole.email,
    hubRole: "hub_member",
    tokenHash: newInvitationToken(invitationId).hash,
    invitedBy: await idOf(db, personas.hubAdmin.email),
    expiresAt: invitationExpiry(now),
  });
  const kenji = await idOf(db, "kenji.watanabe@northwind.example");
  await db.insert(joinRequests).values({ projectId: gearbox.id, personId: kenji, message: "Sweep: may I join?" });

  const emails = PRINCIPAL_EMAILS;
  const rows = await db
    .select({ id: people.id, email: people.email, name: people.name })
    .from(people)
    .where(inArray(people.email, Object.values(emails)));
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  const principal = (key: SignedInPrincipal): Actor => {
    const row = byEmail.get(emails[key]);
    if (!row) throw new Error(`sweep world: principal ${key} (${emails[key]}) is missing`);
    return { personId: row.id, email: row.email, name: row.name ?? row.email };
  };

  return {
    ...w,
    t: {
      accountId,
      otherAccountId: w.world.accountIds.namedOnly,
      contractId: withSc,
      otherContractId: hannahs,
      hubId,
      destinationHubId: destination.id,
      projectId: gearbox.id,
    },
    principal,
    personId: (email) => idOf(db, email),
  };
}

/** One line per principal: their roles in the target account, hub and project, as the policy's loaders read them. */
export async function describeRoles(w: SweepWorld, key: SignedInPrincipal): Promise<string> {
  const who = w.principal(key).personId;
  const account = (await loadAccountFacts(w.db, who, w.t.accountId))?.actor.account ?? null;
  const hub = (await loadHubFacts(w.db, who, w.t.hubId))?.actor.hub ?? null;
  const project = (await loadProjectFacts(w.db, who, w.t.projectId))?.actor.project ?? null;
  const parts: string[] = [];
  if (account) {
    if (account.adminRole) parts.push(`${account.adminRole} admin`);
    if (account.ssoAdmin) parts.push("sso admin");
    if (account.namedUser) parts.push("named user");
    if (account.classicUser) parts.push("classic user");
    const which = (id: string) => (id === w.t.contractId ? "the target" : id === w.t.otherContractId ? "the other" : "a");
    // The target contract first, then the others in words (their ids are random).
    const roles = account.contractRoles.map((c) => ({ target: c.contractId === w.t.contractId, text: `${c.role} of ${which(c.contractId)} ${c.management} contract` }));
    roles.sort((a, b) => Number(b.target) - Number(a.target) || a.text.localeCompare(b.text));
    parts.push(...roles.map((r) => r.text));
  }
  if (hub) parts.push(`${hub.role}${hub.active ? "" : " (deactivated)"} of the hub`);
  if (project) parts.push(`${project.role} of the project`);
  return parts.join(", ") || "nothing";
}
