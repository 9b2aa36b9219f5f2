import { createHash, randomBytes, randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  accountAdmins,
  accountDomains,
  accounts,
  classicAssignments,
  classicUsers,
  contractInvoices,
  contractProducts,
  contracts,
  groupMembers,
  groups,
  hubDepartures,
  hubJoinDomains,
  hubMembers,
  hubs,
  invitations,
  joinRequests,
  namedAssignments,
  namedUsers,
  people,
  products,
  projectGroups,
  projectItems,
  projectMembers,
  projects,
  shareLinks,
  ssoAdmins,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { northwindNamedUsers, partnerContributor, person } from "@/lib/demo/demo-people";
import { personas } from "@/lib/demo/personas";

/**
 * Issue 14: a second account, hub, contract set and projects holding the SAME people as the
 * demo world in DIFFERENT roles, so that a write reaching past its scope, or a fact read from
 * the wrong hub or account, shows. Its names are used by no other test. The snapshot, and the
 * check after every test, are in bystander-snapshot.ts; bystanders-setup.ts wires them.
 */
export const BYSTANDER = {
  account: "Quietwater Holdings",
  domain: "quietwater.example",
  hub: "Quietwater Studio",
  namedContract: "QW-BYST-N1",
  classicContract: "QW-BYST-C1",
  /** A person of the bystander account only: its primary admin (UM-4: no demo admin can be). */
  primaryAdmin: { email: "quinn.abernathy@quietwater.example", firstName: "Quinn", lastName: "Abernathy" },
} as const;

export type BystanderIds = {
  accountId: string;
  hubId: string;
  namedContractId: string;
  classicContractId: string;
  projectIds: Record<"harbour" | "dockside" | "quay" | "lighthouse" | "heron", string>;
  groupIds: string[];
  invitationIds: string[];
  itemIds: string[];
  /** Names that mark an email (outbox row) as one about the bystander scope. */
  markers: string[];
  /** id → readable label (people's emails, projects' names), for the diff's messages. */
  labels: Record<string, string>;
};

type HubRole = (typeof hubMembers.$inferInsert)["role"];
type ProjectRole = (typeof projectMembers.$inferInsert)["role"];

const tokenHash = () => createHash("sha256").update(randomBytes(32)).digest("hex");

/**
 * Seeds the bystander scope into a demo-world database (after seedDemoWorld), directly with
 * drizzle: it is a fixture. Seat counters are kept by the database's triggers; every
 * constraint (UM-4, UM-1, CL-12, HB-7's one live invitation, LP-1) holds.
 */
export async function seedBystanders(db: Db): Promise<BystanderIds> {
  return db.transaction(async (tx) => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * 86_400_000);
    const day = (days: number) => at(days).toISOString().slice(0, 10);
    const P = personas;
    const nw = northwindNamedUsers.map((p) => person(p, "northwind.example"));
    const [olivia, kenji, fatima, lucas, ingrid, rahul, sofia] = nw;
    const marco = person(partnerContributor, "partner.example");
    const quinn = BYSTANDER.primaryAdmin;
    await tx.insert(people).values({ email: quinn.email, firstName: quinn.firstName, lastName: quinn.lastName, name: `${quinn.firstName} ${quinn.lastName}`, emailVerified: at(-90) });

    const everyone = [quinn, ...Object.values(P), olivia!, kenji!, fatima!, lucas!, ingrid!, rahul!, sofia!, marco];
    const found = await tx.select({ id: people.id, email: people.email }).from(people).where(inArray(people.email, everyone.map((p) => p.email)));
    const ids = new Map(found.map((r) => [r.email, r.id]));
    const id = (p: { email: string }) => {
      const v = ids.get(p.email);
      if (!v) throw new Error(`bystanders: ${p.email} is not in the demo world`);
      return v;
    };
    const productRows = await tx.select({ id: products.id, code: products.code }).from(products);
    const product = (code: string) => productRows.find((r) => r.code === code)!.id;

    // --- the account: named and classic (hybrid, HY-1) --------------------------------------
    const accountId = randomUUID();
    await tx.insert(accounts).values({ id: accountId, name: BYSTANDER.account, createdAt: at(-100) });
    await tx.insert(accountDomains).values({ accountId, domain: BYSTANDER.domain });
    const namedContractId = randomUUID();
    const classicContractId = randomUUID();
    await tx.insert(contracts).values([
      { id: namedContractId, accountId, number: BYSTANDER.namedContract, channel: "online", management: "named", contractManagerId: id(quinn), purchasedBy: id(quinn), termStart: day(-100), renewalDate: day(265) },
      // Swapped roles: Aisha (the demo's coordinator) manages it, Daniel (the demo's manager) coordinates it.
      { id: classicContractId, accountId, number: BYSTANDER.classicContract, channel: "reseller", management: "classic", contractManagerId: id(P.softwareCoordinator), softwareCoordinatorId: id(P.contractManager), purchasedBy: id(P.softwareCoordinator), termStart: day(-40), renewalDate: day(325), billingState: "due" },
    ]);
    await tx.insert(contractProducts).values([
      { contractId: namedContractId, productId: product("ACD"), seats: 12 },
      { contractId: namedContractId, productId: product("F360"), seats: 6 },
      { contractId: namedContractId, productId: product("INV"), seats: 4 },
      { contractId: classicContractId, productId: product("3DSMAX"), seats: 4 },
      { contractId: classicContractId, productId: product("RVT"), seats: 3 },
    ]);
    await tx.insert(contractInvoices).values({ contractId: classicContractId, number: "QW-BYST-INV-1", periodStart: day(-40), periodEnd: day(325), description: "Quietwater classic term", issuedBy: id(P.softwareCoordinator) });

    // Named users: the personas and several demo hub members; Omar (a classic user in the demo) is a named user here.
    // Tom and Zoe stay out of this account: tests take them as people of one account only (UM-5's editable name).
    const named: [{ email: string }, string[]][] = [
      [quinn, ["ACD", "F360"]],
      [P.hubMember, ["ACD", "INV"]],
      [P.primaryAdmin, ["ACD"]],
      [P.secondaryAdmin, ["F360"]],
      [P.secondaryAdmin2, []],
      [P.hubAdmin, ["ACD", "INV"]],
      [P.deactivatedMember, ["ACD"]],
      [P.classicUser, ["INV"]],
      [olivia!, ["ACD", "F360"]],
      [kenji!, []],
    ];
    await tx.insert(namedUsers).values(named.map(([p], i) => ({ accountId, personId: id(p), status: i === 4 ? ("invited" as const) : ("active" as const), addedBy: id(quinn), addedAt: at(-90 + i) })));
    await tx.insert(namedAssignments).values(named.flatMap(([p, codes]) => codes.map((c) => ({ accountId, personId: id(p), productId: product(c) }))));
    // UM-4: Quinn (no demo account's admin) is primary; Leo, a demo Hub Member with no admin role, is secondary.
    await tx.insert(accountAdmins).values([
      { accountId, personId: id(quinn), role: "primary" },
      { accountId, personId: id(P.hubMember), role: "secondary" },
    ]);
    // Olivia, a plain named user in the demo, is an SSO admin here (HB-1).
    await tx.insert(ssoAdmins).values({ accountId, personId: id(olivia!) });

    const classic: [{ email: string }, string[]][] = [
      [olivia!, ["3DSMAX", "RVT"]],
      [P.hubAdmin, ["3DSMAX"]],
      [P.primaryAdmin, ["RVT"]],
      [P.classicUser, ["3DSMAX"]],
      [P.secondaryAdmin, []],
    ];
    await tx.insert(classicUsers).values(classic.map(([p]) => ({ contractId: classicContractId, personId: id(p) })));
    await tx.insert(classicAssignments).values(classic.flatMap(([p, codes]) => codes.map((c) => ({ contractId: classicContractId, personId: id(p), productId: product(c) }))));

    // --- the hub: the demo hub's people in other roles -------------------------------------
    const hubId = randomUUID();
    await tx.insert(hubs).values({ id: hubId, accountId, name: BYSTANDER.hub, invitationMode: "open", sharingEnabled: true, createdBy: id(quinn), createdAt: at(-80) });
    await tx.insert(hubJoinDomains).values([{ hubId, domain: "northwind.example" }, { hubId, domain: BYSTANDER.domain }]);
    const members: [{ email: string }, HubRole, boolean?][] = [
      [quinn, "hub_admin"],
      [P.primaryAdmin, "hub_member"], // a hub administrator in the demo hub
      [P.hubAdmin, "hub_member"], // ditto
      [P.hubMember, "hub_admin"],
      [P.secondaryAdmin, "project_contributor"], // a Hub Member in the demo hub
      [P.deactivatedMember, "hub_member"], // deactivated in the demo hub, active here
      [marco, "hub_admin"], // a Project Contributor in the demo hub
      [olivia!, "project_contributor"],
      [kenji!, "hub_member"],
      [lucas!, "hub_member"],
      [ingrid!, "hub_member"],
      [rahul!, "hub_member"],
      [sofia!, "hub_member", false], // active in the demo hub, deactivated here
    ];
    await tx.insert(hubMembers).values(members.map(([p, role, active], i) => ({ hubId, personId: id(p), role, active: active ?? true, joinedAt: at(-80 + i) })));
    await tx.insert(hubDepartures).values({ hubId, personId: id(fatima!), reason: "removed", byPersonId: id(P.hubMember), departedAt: at(-20) });

    const project = (name: string, owner: { email: string }, visibility?: "open" | "closed" | "secret") => ({
      id: randomUUID(),
      hubId,
      name,
      kind: visibility ? ("legacy" as const) : ("folder" as const),
      visibility: visibility ?? null,
      ownerId: id(owner),
      createdAt: at(-70),
    });
    const harbour = project("Harbour Survey", P.hubMember);
    const dockside = project("Dockside Archive", marco);
    const quay = project("Quay Plans 2018", marco, "open");
    const lighthouse = project("Lighthouse Retrofit", P.hubMember, "closed");
    const heron = project("Project Heron", quinn, "secret");
    await tx.insert(projects).values([harbour, dockside, quay, lighthouse, heron]);
    const roster: [{ id: string }, [{ email: string }, ProjectRole][]][] = [
      [harbour, [[P.hubMember, "project_admin"], [P.primaryAdmin, "viewer"], [P.hubAdmin, "editor"], [olivia!, "viewer"], [P.deactivatedMember, "editor"]]],
      [dockside, [[marco, "project_admin"], [kenji!, "editor"], [P.secondaryAdmin, "viewer"]]],
      // Open: no Project Contributor of THIS hub (LP-2); Priya and Nina, hub administrators elsewhere, are plain members.
      [quay, [[marco, "project_admin"], [P.primaryAdmin, "editor"], [P.hubAdmin, "viewer"], [P.deactivatedMember, "editor"], [lucas!, "viewer"]]],
      // Closed: Project Contributors of this hub as members, never project administrators (LP-3).
      [lighthouse, [[P.hubMember, "project_admin"], [P.secondaryAdmin, "editor"], [olivia!, "viewer"], [rahul!, "editor"], [sofia!, "viewer"]]],
      [heron, [[quinn, "project_admin"], [marco, "editor"], [ingrid!, "viewer"], [P.hubAdmin, "project_admin"]]],
    ];
    await tx.insert(projectMembers).values(roster.flatMap(([pr, list]) => list.map(([p, role]) => ({ projectId: pr.id, personId: id(p), role }))));

    const crew = { id: randomUUID(), hubId, name: "Quay Crew", createdBy: id(P.hubMember) };
    const survey = { id: randomUUID(), hubId, name: "Survey Team", createdBy: id(quinn) };
    await tx.insert(groups).values([crew, survey]);
    await tx.insert(groupMembers).values([
      ...[P.hubMember, kenji!, P.primaryAdmin, P.deactivatedMember, marco].map((p) => ({ groupId: crew.id, personId: id(p) })),
      ...[P.hubAdmin, lucas!, P.secondaryAdmin].map((p) => ({ groupId: survey.id, personId: id(p) })),
    ]);
    await tx.insert(projectGroups).values([
      { projectId: dockside.id, groupId: crew.id, role: "editor" },
      { projectId: harbour.id, groupId: survey.id, role: "viewer" },
    ]);

    const item = (projectId: string, kind: "folder" | "file", name: string, by: { email: string }, parentId: string | null = null) => ({ id: randomUUID(), projectId, parentId, kind, name, createdBy: id(by) });
    const charts = item(harbour.id, "folder", "Charts", P.hubMember);
    const files = [
      item(harbour.id, "file", "soundings.dwg", P.hubAdmin, charts.id),
      item(dockside.id, "file", "crane-specs.pdf", marco),
      item(quay.id, "file", "quay-wall.dwg", P.primaryAdmin),
      item(lighthouse.id, "file", "lamp-housing.ipt", P.secondaryAdmin),
      item(heron.id, "file", "heron-concept.f3d", quinn),
    ];
    await tx.insert(projectItems).values(charts);
    await tx.insert(projectItems).values(files);
    // Public links made by people who are in both hubs: removing them from the demo hub revokes only the demo hub's.
    const linkers = [P.hubAdmin, kenji!, P.primaryAdmin, P.secondaryAdmin, quinn];
    await tx.insert(shareLinks).values(files.map((f, i) => ({ itemId: f.id, tokenHash: tokenHash(), createdBy: id(linkers[i]!) })));

    await tx.insert(joinRequests).values([
      { projectId: lighthouse.id, personId: id(P.primaryAdmin), message: "bystander request" },
      { projectId: harbour.id, personId: id(kenji!), message: "bystander request" },
      { projectId: lighthouse.id, personId: id(P.deactivatedMember), message: "bystander request" },
      { projectId: dockside.id, personId: id(P.hubAdmin), message: "bystander request" },
      { projectId: harbour.id, personId: id(lucas!), message: "bystander request" },
    ]);

    // Invitations to the demo's invitees and to the people in both hubs: pending, awaiting approval, expired.
    const inv = (email: string, status: "pending" | "awaiting_approval" | "expired", projectId: string | null, by: { email: string }, createdDays: number) => ({
      id: randomUUID(),
      hubId,
      projectId,
      email,
      hubRole: projectId ? ("project_contributor" as const) : ("hub_member" as const),
      projectRole: projectId ? ("editor" as const) : null,
      status,
      tokenHash: tokenHash(),
      invitedBy: id(by),
      createdAt: at(createdDays),
      expiresAt: at(createdDays + 7),
    });
    const invites = [
      inv(P.secondaryAdmin2.email, "pending", null, quinn, -1),
      inv("kofi.mensah@partner.example", "pending", harbour.id, P.hubMember, -2),
      inv("jamal.wright@partner.example", "awaiting_approval", null, kenji!, -2),
      inv("lena.hoffmann@partner.example", "expired", null, quinn, -15),
      inv("noah.clarke@partner.example", "expired", dockside.id, marco, -12),
      inv(P.hubMember.email, "pending", dockside.id, marco, -1),
      inv(P.hubMember.email, "expired", heron.id, quinn, -14),
      inv(P.deactivatedMember.email, "pending", lighthouse.id, P.hubMember, -1),
      inv(P.secondaryAdmin.email, "pending", harbour.id, marco, -2),
      inv(P.secondaryAdmin.email, "expired", heron.id, quinn, -20),
      inv(P.primaryAdmin.email, "pending", dockside.id, marco, -3),
      inv(P.hubAdmin.email, "expired", quay.id, marco, -16),
      inv(olivia!.email, "pending", dockside.id, marco, -1),
      inv(kenji!.email, "pending", lighthouse.id, P.hubMember, -2),
      inv(marco.email, "expired", lighthouse.id, P.hubMember, -11),
      inv(ingrid!.email, "pending", dockside.id, marco, -1),
      inv(lucas!.email, "pending", harbour.id, P.hubMember, -1),
      inv(P.secondaryAdmin.email, "expired", dockside.id, P.hubMember, -13),
    ];
    await tx.insert(invitations).values(invites);

    await writeAudit(tx, { actorId: id(quinn), actorLabel: "Quinn Abernathy", action: "hub.created", accountId, hubId, targetType: "hub", targetId: hubId, targetLabel: BYSTANDER.hub, after: { name: BYSTANDER.hub } });
    await writeAudit(tx, { actorId: id(quinn), actorLabel: "Quinn Abernathy", action: "account.secondary_admin_granted", accountId, targetType: "person", targetId: id(P.hubMember), targetLabel: P.hubMember.email, after: { role: "secondary" } });
    await writeAudit(tx, { actorId: id(P.softwareCoordinator), action: "contract.software_coordinator_assigned", accountId, contractId: classicContractId, targetType: "person", targetId: id(P.contractManager), targetLabel: P.contractManager.email });

    const projectIds = { harbour: harbour.id, dockside: dockside.id, quay: quay.id, lighthouse: lighthouse.id, heron: heron.id };
    const allProjects = [harbour, dockside, quay, lighthouse, heron];
    const labels: Record<string, string> = {
      [accountId]: `account ${BYSTANDER.account}`,
      [hubId]: `hub ${BYSTANDER.hub}`,
      [namedContractId]: `contract ${BYSTANDER.namedContract}`,
      [classicContractId]: `contract ${BYSTANDER.classicContract}`,
      ...Object.fromEntries(found.map((r) => [r.id, r.email])),
      ...Object.fromEntries(allProjects.map((p) => [p.id, `project ${p.name}`])),
      ...Object.fromEntries(invites.map((i) => [i.id, `invitation to ${i.email}`])),
      ...Object.fromEntries(productRows.map((r) => [r.id, `product ${r.code}`])),
      [crew.id]: `group ${crew.name}`,
      [survey.id]: `group ${survey.name}`,
    };
    return {
      accountId,
      hubId,
      namedContractId,
      classicContractId,
      projectIds,
      groupIds: [crew.id, survey.id],
      invitationIds: invites.map((i) => i.id),
      itemIds: [charts.id, ...files.map((f) => f.id)],
      markers: [BYSTANDER.account, BYSTANDER.hub, BYSTANDER.namedContract, BYSTANDER.classicContract, ...allProjects.map((p) => p.name), ...invites.map((i) => i.id)],
      labels,
    };
  });
}
