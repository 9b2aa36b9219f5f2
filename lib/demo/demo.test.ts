import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray, sum } from "drizzle-orm";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import type { Db } from "@/db/client";
import {
  accountAdmins,
  accountDomains,
  accounts,
  auditEvents,
  classicAssignments,
  classicUsers,
  contractProducts,
  contracts,
  groupMembers,
  groups,
  hubJoinDomains,
  hubMembers,
  hubs,
  instanceSettings,
  invitations,
  joinRequests,
  namedAssignments,
  namedUsers,
  outboxEmails,
  people,
  products,
  projectMembers,
  projects,
  ssoAdmins,
} from "@/db/schema";
import { seedDemoWorld, type DemoWorldSummary } from "./demo";
import { verifyPassword } from "../auth/password";
import { DEMO_PASSWORD, demoAccounts, demoHubName, personas, type PersonaKey } from "./personas";

let t: TestDb;
let db: Db;
let world: DemoWorldSummary;
const ids = new Map<string, string>();
const pid = (key: PersonaKey): string => ids.get(personas[key].email) ?? "(missing)";

beforeAll(async () => {
  t = await createTestDb("seed");
  db = t.db;
  const summary = await seedDemoWorld(db);
  if (!summary) throw new Error("the fresh database was not seeded");
  world = summary;
  for (const p of await db.select({ id: people.id, email: people.email }).from(people)) ids.set(p.email, p.id);
});

afterAll(async () => {
  await t?.drop();
});

async function contractsOf(accountId: string) {
  return db
    .select({
      id: contracts.id,
      management: contracts.management,
      status: contracts.status,
      channel: contracts.channel,
      cm: contracts.contractManagerId,
      sc: contracts.softwareCoordinatorId,
      billingState: contracts.billingState,
      autoRenew: contracts.autoRenew,
      renewalDate: contracts.renewalDate,
    })
    .from(contracts)
    .where(eq(contracts.accountId, accountId));
}

describe("the demo world", () => {
  it("seeds once: a second run finds accounts and changes nothing", async () => {
    const [before] = await db.select({ n: count() }).from(contracts);
    expect(await seedDemoWorld(db)).toBeNull();
    const [after] = await db.select({ n: count() }).from(contracts);
    expect(after?.n).toBe(before?.n);
    const [setting] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, "demo_world"));
    expect(setting?.value).toEqual({ seededAt: world.seededAt });
  });

  it("has the product catalogue and the three named accounts", async () => {
    const codes = (await db.select({ code: products.code }).from(products)).map((p) => p.code).sort();
    expect(codes).toEqual(["3DSMAX", "ACD", "CIVIL3D", "F360", "INV", "MAYA", "NAVIS", "RVT"]);
    const names = await db.select({ id: accounts.id, name: accounts.name }).from(accounts);
    expect(names).toHaveLength(3);
    expect(Object.fromEntries(names.map((a) => [a.name, a.id]))).toEqual({
      [demoAccounts.hybrid]: world.accountIds.hybrid,
      [demoAccounts.namedOnly]: world.accountIds.namedOnly,
      [demoAccounts.classicOnly]: world.accountIds.classicOnly,
    });
    const [nw] = await db.select().from(accountDomains).where(eq(accountDomains.accountId, world.accountIds.hybrid));
    expect(nw).toMatchObject({ domain: "northwind.example", ssoEnforced: false });
  });

  it("HY-1 Northwind is hybrid, Contoso has only named contracts, Fabrikam only classic ones", async () => {
    const kinds = async (accountId: string) => [...new Set((await contractsOf(accountId)).map((c) => c.management))].sort();
    expect(await kinds(world.accountIds.hybrid)).toEqual(["classic", "named"]);
    expect(await kinds(world.accountIds.namedOnly)).toEqual(["named"]);
    expect(await kinds(world.accountIds.classicOnly)).toEqual(["classic"]);

    const nw = await contractsOf(world.accountIds.hybrid);
    const named = nw.filter((c) => c.management === "named");
    expect(named.map((c) => c.channel).sort()).toEqual(["online", "online", "reseller"]);
    expect(named.filter((c) => c.status === "expired")).toHaveLength(1);
    expect(nw.filter((c) => c.management === "classic")).toHaveLength(3);
    // Varied enough for the contract pages: billing states, auto-renew both ways, distinct renewal dates.
    expect(new Set(nw.map((c) => c.billingState))).toEqual(new Set(["paid", "due", "overdue"]));
    expect(new Set(nw.map((c) => c.autoRenew))).toEqual(new Set([true, false]));
    expect(new Set(nw.map((c) => c.renewalDate)).size).toBe(nw.length);
  });

  it("PU-1 PU-2 every contract was recorded as a purchase, and the first named purchaser is primary admin", async () => {
    const [purchases] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, "contract.purchase_recorded"));
    expect(purchases?.n).toBe(world.contracts);
    const all = await db.select({ cm: contracts.contractManagerId, by: contracts.purchasedBy }).from(contracts);
    expect(all.every((c) => c.cm === c.by)).toBe(true);
    const [confirmations] = await db.select({ n: count() }).from(outboxEmails).where(eq(outboxEmails.kind, "purchase-confirmation"));
    expect(confirmations?.n).toBe(world.contracts); // PU-3

    const primaries = await db
      .select({ accountId: accountAdmins.accountId, personId: accountAdmins.personId })
      .from(accountAdmins)
      .where(eq(accountAdmins.role, "primary"));
    expect(primaries).toEqual(
      expect.arrayContaining([
        { accountId: world.accountIds.hybrid, personId: pid("primaryAdmin") },
        { accountId: world.accountIds.namedOnly, personId: pid("otherAccountAdmin") },
      ]),
    );
    expect(primaries).toHaveLength(2); // UM-1 for the two accounts with User Management; Fabrikam has none
  });

  it("personas have exactly their roles", async () => {
    const nwId = world.accountIds.hybrid;
    const admins = await db.select().from(accountAdmins).where(eq(accountAdmins.accountId, nwId));
    expect(admins.map((a) => [a.personId, a.role]).sort()).toEqual(
      [
        [pid("primaryAdmin"), "primary"],
        [pid("secondaryAdmin"), "secondary"],
        [pid("secondaryAdmin2"), "secondary"],
      ].sort(),
    );
    // The SSO admin is not a named admin (HB-1 Decision).
    expect(await db.select().from(ssoAdmins).where(eq(ssoAdmins.accountId, nwId))).toEqual([
      expect.objectContaining({ personId: pid("ssoAdmin") }),
    ]);
    expect(admins.some((a) => a.personId === pid("ssoAdmin"))).toBe(false);

    const nwNamed = new Set((await db.select({ p: namedUsers.personId }).from(namedUsers).where(eq(namedUsers.accountId, nwId))).map((r) => r.p));
    expect(nwNamed.size).toBeGreaterThanOrEqual(38);
    expect(nwNamed.has(pid("namedUser"))).toBe(true);
    expect(nwNamed.has(pid("classicUser"))).toBe(false); // HY-2: a classic user only
    const tomProducts = await db.select().from(namedAssignments).where(eq(namedAssignments.personId, pid("namedUser")));
    expect(tomProducts.length).toBeGreaterThan(0);
    const [invited] = await db.select({ n: count() }).from(namedUsers).where(and(eq(namedUsers.accountId, nwId), eq(namedUsers.status, "invited")));
    expect(invited?.n).toBeGreaterThanOrEqual(2);

    const nw = await contractsOf(nwId);
    const classic = nw.filter((c) => c.management === "classic");
    expect(classic.filter((c) => c.cm === pid("contractManager"))).toHaveLength(2);
    expect(classic.filter((c) => c.cm === pid("contractManager2"))).toEqual([expect.objectContaining({ sc: null })]);
    // CL-6: one classic contract with a software coordinator, the others without.
    expect(classic.filter((c) => c.sc !== null)).toEqual([expect.objectContaining({ cm: pid("contractManager"), sc: pid("softwareCoordinator") })]);
    expect(nw.filter((c) => c.management === "named" && c.cm === pid("contractManager"))).toHaveLength(1);

    const omarContracts = await db.select().from(classicUsers).where(eq(classicUsers.personId, pid("classicUser")));
    expect(omarContracts.length).toBeGreaterThanOrEqual(1);

    const [fabrikam] = await contractsOf(world.accountIds.classicOnly);
    expect(fabrikam).toMatchObject({ cm: pid("classicOnlyManager"), management: "classic" });
    expect((await db.select().from(classicUsers).where(eq(classicUsers.contractId, fabrikam!.id))).length).toBeGreaterThanOrEqual(3);
    const contosoNamed = await db.select().from(namedUsers).where(eq(namedUsers.accountId, world.accountIds.namedOnly));
    expect(contosoNamed.length).toBeGreaterThanOrEqual(4);
  });

  it("personas sign in with the demo password; other people have none", async () => {
    const emails = Object.values(personas).map((p) => p.email);
    const rows = await db.select().from(people).where(inArray(people.email, emails));
    expect(rows).toHaveLength(emails.length);
    for (const p of rows) {
      expect(p.isDemo).toBe(true);
      expect(p.name).toBe(`${p.firstName} ${p.lastName}`);
      expect(p.emailVerified).toBeInstanceOf(Date);
      expect(verifyPassword(DEMO_PASSWORD, p.passwordHash ?? "")).toBe(true);
      expect(verifyPassword("wrong-password", p.passwordHash ?? "")).toBe(false);
    }
    const others = await db.select({ hash: people.passwordHash, email: people.email }).from(people).where(eq(people.isDemo, false));
    expect(others.length).toBeGreaterThan(40);
    expect(others.every((p) => p.hash === null && p.email === p.email.toLowerCase())).toBe(true);
  });

  it("UM-9 CL-12 no product is assigned past its seats, and expired contracts' seats count for nothing", async () => {
    const seats = await db
      .select({ accountId: contracts.accountId, productId: contractProducts.productId, seats: sum(contractProducts.seats).mapWith(Number) })
      .from(contractProducts)
      .innerJoin(contracts, eq(contracts.id, contractProducts.contractId))
      .where(and(eq(contracts.management, "named"), eq(contracts.status, "active")))
      .groupBy(contracts.accountId, contractProducts.productId);
    const used = await db
      .select({ accountId: namedAssignments.accountId, productId: namedAssignments.productId, n: count() })
      .from(namedAssignments)
      .groupBy(namedAssignments.accountId, namedAssignments.productId);
    expect(used.length).toBeGreaterThan(0);
    for (const u of used) {
      const limit = seats.find((s) => s.accountId === u.accountId && s.productId === u.productId)?.seats ?? 0;
      expect(u.n, `named ${u.productId} in ${u.accountId}`).toBeLessThanOrEqual(limit);
    }
    // Revit is exactly full at Northwind, so the UI has a product with no seat left.
    const [rvt] = await db.select({ id: products.id }).from(products).where(eq(products.code, "RVT"));
    const rvtUsed = used.find((u) => u.accountId === world.accountIds.hybrid && u.productId === rvt?.id);
    const rvtSeats = seats.find((s) => s.accountId === world.accountIds.hybrid && s.productId === rvt?.id);
    expect(rvtUsed?.n).toBe(rvtSeats?.seats);

    const classicSeats = await db.select().from(contractProducts);
    const classicUsed = await db
      .select({ contractId: classicAssignments.contractId, productId: classicAssignments.productId, n: count() })
      .from(classicAssignments)
      .groupBy(classicAssignments.contractId, classicAssignments.productId);
    expect(classicUsed.length).toBeGreaterThan(0);
    for (const u of classicUsed) {
      const limit = classicSeats.find((s) => s.contractId === u.contractId && s.productId === u.productId)?.seats ?? 0;
      expect(u.n).toBeLessThanOrEqual(limit);
    }
  });

  it("HB-2 HB-3 HB-4 HB-8 the hub: created by the primary admin (HB-1), who is a hub admin, settings, every hub role, one deactivated member", async () => {
    const [hub] = await db.select().from(hubs).where(eq(hubs.id, world.hubId));
    expect(hub).toMatchObject({
      name: demoHubName,
      accountId: world.accountIds.hybrid,
      createdBy: pid("primaryAdmin"),
      invitationMode: "approval_required",
      sharingEnabled: true,
    });
    expect(await db.select({ d: hubJoinDomains.domain }).from(hubJoinDomains).where(eq(hubJoinDomains.hubId, world.hubId))).toEqual([
      { d: "northwind.example" },
    ]);
    const members = await db.select().from(hubMembers).where(eq(hubMembers.hubId, world.hubId));
    const roleOf = (key: PersonaKey) => members.find((m) => m.personId === pid(key));
    expect(roleOf("hubAdmin")).toMatchObject({ role: "hub_admin", active: true });
    expect(roleOf("primaryAdmin")).toMatchObject({ role: "hub_admin", active: true });
    expect(roleOf("hubMember")).toMatchObject({ role: "hub_member", active: true });
    expect(roleOf("projectContributor")).toMatchObject({ role: "project_contributor", active: true });
    expect(roleOf("deactivatedMember")).toMatchObject({ role: "hub_member", active: false });
    expect(new Set(members.map((m) => m.role))).toEqual(new Set(["hub_admin", "hub_member", "project_contributor"]));
    expect(members.filter((m) => m.role === "hub_member" && m.active).length).toBeGreaterThanOrEqual(4);
  });

  it("LP-1 LP-2 LP-3 FP projects: folder-level and Open/Closed/Secret legacy ones, Project Contributors only where allowed", async () => {
    const list = await db.select().from(projects).where(eq(projects.hubId, world.hubId));
    expect(list.filter((p) => p.kind === "folder").length).toBeGreaterThanOrEqual(2);
    expect(list.filter((p) => p.kind === "legacy").map((p) => p.visibility).sort()).toEqual(["closed", "open", "secret"]);

    const contributors = new Set(
      (await db.select({ p: hubMembers.personId }).from(hubMembers).where(and(eq(hubMembers.hubId, world.hubId), eq(hubMembers.role, "project_contributor")))).map((r) => r.p),
    );
    const memberships = await db.select().from(projectMembers).where(inArray(projectMembers.projectId, list.map((p) => p.id)));
    const allHubMembers = new Set((await db.select({ p: hubMembers.personId }).from(hubMembers).where(eq(hubMembers.hubId, world.hubId))).map((r) => r.p));
    let contributorSeats = 0;
    for (const m of memberships) {
      expect(allHubMembers.has(m.personId)).toBe(true);
      if (!contributors.has(m.personId)) continue;
      contributorSeats += 1;
      const project = list.find((p) => p.id === m.projectId)!;
      expect(project.visibility).not.toBe("open"); // LP-2
      if (project.kind === "legacy") expect(m.role).not.toBe("project_admin"); // LP-3
    }
    expect(contributorSeats).toBeGreaterThan(0);
    for (const p of list) expect(memberships.some((m) => m.projectId === p.id && m.role === "project_admin")).toBe(true);
  });

  it("PR-2 PR-4 a pending join request and groups with members", async () => {
    const requests = await db.select().from(joinRequests).where(eq(joinRequests.status, "pending"));
    expect(requests.map((r) => r.personId)).toContain(pid("hubMember"));
    const hubGroups = await db.select({ id: groups.id }).from(groups).where(eq(groups.hubId, world.hubId));
    expect(hubGroups.length).toBeGreaterThanOrEqual(1);
    const [members] = await db.select({ n: count() }).from(groupMembers).where(inArray(groupMembers.groupId, hubGroups.map((g) => g.id)));
    expect(members?.n).toBeGreaterThanOrEqual(3);
  });

  it("HB-7 HB-3 the demo hub has an invitation in every state, and a join domain", async () => {
    const list = await db.select({ status: invitations.status }).from(invitations).where(eq(invitations.hubId, world.hubId));
    expect(new Set(list.map((i) => i.status))).toEqual(new Set(["awaiting_approval", "pending", "accepted", "declined", "cancelled", "expired", "rejected"]));
    const domains = await db.select({ domain: hubJoinDomains.domain }).from(hubJoinDomains).where(eq(hubJoinDomains.hubId, world.hubId));
    expect(domains.map((d) => d.domain)).toEqual(["northwind.example"]);
  });

  it("HB-7 EM-1 pending hub and project invitations with emails in the outbox, and an expired one", async () => {
    const list = await db.select().from(invitations).where(eq(invitations.hubId, world.hubId));
    const pending = list.filter((i) => i.status === "pending");
    expect(pending.some((i) => i.projectId === null)).toBe(true);
    expect(pending.some((i) => i.projectId !== null && i.hubRole === "project_contributor")).toBe(true);
    expect(pending.every((i) => i.expiresAt.getTime() > Date.now())).toBe(true);
    const expired = list.filter((i) => i.status === "expired");
    expect(expired).toHaveLength(1);
    expect(expired[0]!.expiresAt.getTime()).toBeLessThan(Date.now());
    expect(list.every((i) => /^[0-9a-f]{64}$/.test(i.tokenHash))).toBe(true);
    // A persona has a pending invitation to accept.
    expect(pending.map((i) => i.email)).toContain(personas.secondaryAdmin2.email);

    const mails = await db.select({ kind: outboxEmails.kind, to: outboxEmails.to, status: outboxEmails.status }).from(outboxEmails);
    expect(mails.every((m) => m.status === "pending")).toBe(true);
    for (const i of pending) {
      expect(mails).toContainEqual({ kind: i.projectId ? "project-invitation" : "hub-invitation", to: i.email, status: "pending" });
    }
    expect(mails.filter((m) => m.kind === "named-user-invitation").length).toBeGreaterThanOrEqual(1);
  });
});
