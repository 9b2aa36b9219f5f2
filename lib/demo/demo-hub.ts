import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  groupMembers,
  groups,
  hubJoinDomains,
  hubMembers,
  hubs,
  invitations,
  joinRequests,
  projectGroups,
  projectItems,
  projectMembers,
  projects,
  shareLinks,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { publicOrigin } from "@/lib/config/public-url";
import { newInvitationToken } from "@/lib/hubs/invitations/invitation-token";
import { northwindNamedUsers, partnerContributor, person, type DemoPerson } from "./demo-people";
import { demoHubName, personas } from "./personas";
import type { SeedContext } from "./demo";

type HubRole = (typeof hubMembers.$inferInsert)["role"];
type ProjectRole = (typeof projectMembers.$inferInsert)["role"];

/** The hub's share links and invitation links hold only a SHA-256 of their token. */
function newTokenHash(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: createHash("sha256").update(token).digest("hex") };
}


const label = (p: DemoPerson) => `${p.firstName} ${p.lastName}`;

/**
 * Northwind's hub: settings, members in all three hub roles (one deactivated), folder-level
 * and legacy projects whose members follow FP/LP (Project Contributors only in folder-level,
 * Closed or Secret projects, never project administrator of a legacy one), content, groups,
 * join requests and invitations in every interesting state.
 */
export async function seedDemoHub(ctx: SeedContext, accountId: string): Promise<{ hubId: string }> {
  const { tx, now } = ctx;
  const id = (p: DemoPerson) => ctx.personId(p.email);
  const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * 86_400_000);
  const nw = northwindNamedUsers.map((p) => person(p, "northwind.example"));
  const [olivia, kenji, , lucas, ingrid, rahul, sofia] = nw;
  const marco = person(partnerContributor, "partner.example");
  const P = personas;

  const hubId = randomUUID();
  await tx.insert(hubs).values({
    id: hubId,
    accountId,
    name: demoHubName,
    invitationMode: "approval_required",
    sharingEnabled: true,
    // HB-1: only the account's primary, secondary or SSO admins create hubs; Priya did,
    // became its first hub administrator (HB-2), and made Nina a hub administrator too.
    createdBy: id(P.primaryAdmin),
    createdAt: at(-120),
  });
  await tx.insert(hubJoinDomains).values({ hubId, domain: "northwind.example" });

  const members: [DemoPerson, HubRole, boolean?][] = [
    [P.primaryAdmin, "hub_admin"], // the creator is the first hub administrator (HB-2)
    [P.hubAdmin, "hub_admin"],
    [P.hubMember, "hub_member"],
    [P.namedUser, "hub_member"],
    [P.secondaryAdmin, "hub_member"],
    [P.deactivatedMember, "hub_member", false],
    [P.projectContributor, "project_contributor"],
    [marco, "project_contributor"],
    ...[olivia, kenji, lucas, ingrid, rahul, sofia].map((p): [DemoPerson, HubRole] => [p!, "hub_member"]),
  ];
  await tx.insert(hubMembers).values(
    members.map(([p, role, active], i) => ({ hubId, personId: id(p), role, active: active ?? true, joinedAt: at(-120 + i * 3) })),
  );

  // Projects: three folder-level, and one legacy project of each visibility (LP-1).
  const project = (name: string, owner: DemoPerson, visibility?: "open" | "closed" | "secret") => ({
    id: randomUUID(),
    hubId,
    name,
    kind: visibility ? ("legacy" as const) : ("folder" as const),
    visibility: visibility ?? null,
    ownerId: id(owner),
  });
  const gearbox = project("Gearbox Redesign", P.hubAdmin);
  const conveyor = project("Conveyor Line 4", P.hubMember);
  const spareParts = project("Spare Parts Library", P.hubAdmin);
  const plantLayout = project("Plant Layout 2019", P.primaryAdmin, "open");
  const tooling = project("Supplier Tooling", P.hubAdmin, "closed");
  const falcon = project("Project Falcon", P.primaryAdmin, "secret");
  await tx.insert(projects).values([gearbox, conveyor, spareParts, plantLayout, tooling, falcon]);

  const roster: [{ id: string }, [DemoPerson, ProjectRole][]][] = [
    [gearbox, [[P.hubAdmin, "project_admin"], [P.hubMember, "editor"], [P.projectContributor, "editor"], [P.namedUser, "viewer"], [P.deactivatedMember, "editor"], [olivia!, "editor"]]],
    [conveyor, [[P.hubMember, "project_admin"], [P.primaryAdmin, "editor"], [kenji!, "editor"], [marco, "viewer"]]],
    [spareParts, [[P.hubAdmin, "project_admin"], [lucas!, "viewer"], [ingrid!, "editor"]]],
    // Open: no Project Contributor may be in it (LP-2).
    [plantLayout, [[P.primaryAdmin, "project_admin"], [P.hubMember, "editor"], [P.namedUser, "viewer"], [rahul!, "viewer"]]],
    // Closed and Secret: Project Contributors may be members, never project administrators (LP-3).
    [tooling, [[P.hubAdmin, "project_admin"], [P.secondaryAdmin, "editor"], [P.projectContributor, "viewer"], [sofia!, "editor"]]],
    [falcon, [[P.primaryAdmin, "project_admin"], [P.hubAdmin, "editor"], [marco, "viewer"]]],
  ];
  await tx.insert(projectMembers).values(
    roster.flatMap(([proj, list]) => list.map(([p, role]) => ({ projectId: proj.id, personId: id(p), role }))),
  );

  // Groups (PR-4); one is added to a project as a whole (it counts as one member, PR-6).
  const mechanical = { id: randomUUID(), hubId, name: "Mechanical Team", createdBy: id(P.hubAdmin) };
  const site = { id: randomUUID(), hubId, name: "Site Engineering", createdBy: id(P.primaryAdmin) };
  await tx.insert(groups).values([mechanical, site]);
  await tx.insert(groupMembers).values([
    ...[P.hubMember, P.namedUser, kenji!, lucas!].map((p) => ({ groupId: mechanical.id, personId: id(p) })),
    ...[rahul!, sofia!, ingrid!].map((p) => ({ groupId: site.id, personId: id(p) })),
  ]);
  await tx.insert(projectGroups).values({ projectId: conveyor.id, groupId: mechanical.id, role: "editor" });

  // Content: folders and files, parents before children.
  const item = (projectId: string, kind: "folder" | "file", name: string, by: DemoPerson, parentId: string | null = null) => ({
    id: randomUUID(),
    projectId,
    parentId,
    kind,
    name,
    createdBy: id(by),
  });
  const cad = item(gearbox.id, "folder", "CAD", P.hubAdmin);
  const drawings = item(gearbox.id, "folder", "Drawings", P.hubMember);
  const housing = item(gearbox.id, "file", "gearbox-housing.ipt", P.hubAdmin, cad.id);
  const specs = item(conveyor.id, "folder", "Specs", P.hubMember);
  const toolingFolder = item(tooling.id, "folder", "Fixtures", P.hubAdmin);
  await tx.insert(projectItems).values([cad, drawings, specs, toolingFolder]);
  await tx.insert(projectItems).values([
    housing,
    item(gearbox.id, "file", "shaft-assembly.iam", P.hubMember, cad.id),
    item(gearbox.id, "file", "housing-drawing.dwg", P.hubMember, drawings.id),
    item(conveyor.id, "file", "line-4-layout.dwg", P.hubMember),
    item(conveyor.id, "file", "drive-motor-spec.pdf", P.primaryAdmin, specs.id),
    item(spareParts.id, "file", "bearing-catalogue.xlsx", P.hubAdmin),
    item(plantLayout.id, "file", "plant-layout-2019.dwg", P.primaryAdmin),
    item(tooling.id, "file", "fixture-a.ipt", P.secondaryAdmin, toolingFolder.id),
    item(falcon.id, "file", "falcon-concept.f3d", P.primaryAdmin),
  ]);
  // One public share link, so turning sharing off (HB-3) visibly disables something.
  await tx.insert(shareLinks).values({ itemId: housing.id, tokenHash: newTokenHash().hash, createdBy: id(P.hubAdmin) });

  // Pending join requests: a Hub Member asks for a folder-level project (FP-4) and a Closed one (LP-5).
  await tx.insert(joinRequests).values([
    { projectId: spareParts.id, personId: id(P.hubMember), message: "I'd like to reuse the bearing drawings for Line 4." },
    { projectId: tooling.id, personId: id(P.namedUser), message: "Reviewing fixture tolerances this quarter." },
  ]);

  await seedInvitations(ctx, hubId, gearbox.id, at);

  await writeAudit(tx, {
    actorId: id(P.hubAdmin),
    actorLabel: label(P.hubAdmin),
    action: "hub.created",
    accountId,
    hubId,
    targetType: "hub",
    targetId: hubId,
    targetLabel: demoHubName,
    after: { name: demoHubName, invitationMode: "approval_required", sharingEnabled: true, joinDomains: ["northwind.example"] },
    sideEffects: [{ rule: "HB-2", effect: `${label(P.hubAdmin)} became the hub's first hub administrator` }],
  });
  return { hubId };
}

/** Invitations in each state the UI shows (HB-7): pending (hub and project, emailed),
 * awaiting approval, expired and accepted. */
async function seedInvitations(ctx: SeedContext, hubId: string, projectId: string, at: (d: number) => Date) {
  const { tx } = ctx;
  const P = personas;
  const inviter = ctx.personId(P.hubAdmin.email);
  const kofi = "kofi.mensah@partner.example";

  // hubs (issue 9): invitation links carry their invitation's id (lib/hubs/invitations/invitation-token.ts).
  const linkToken = (id: string) => ({ id, ...newInvitationToken(id) });
  const hubInvite = linkToken(randomUUID());
  const projectInvite = linkToken(randomUUID());
  // Its old email is in the mailbox, so the "expired link" page can be seen (HB-7).
  const expiredInvite = linkToken(randomUUID());
  await tx.insert(invitations).values([
    // A persona with a pending invitation, so "my pending invitations" has something to accept.
    { id: hubInvite.id, hubId, email: P.secondaryAdmin2.email, hubRole: "hub_member", tokenHash: hubInvite.hash, invitedBy: inviter, createdAt: at(-1), expiresAt: at(6) },
    // Someone outside the hub invited to a project becomes a Project Contributor (HB-5).
    { id: projectInvite.id, hubId, projectId, email: kofi, hubRole: "project_contributor", projectRole: "editor", tokenHash: projectInvite.hash, invitedBy: inviter, createdAt: at(-3), expiresAt: at(4) },
    // A Hub Member's invitation waits for a hub administrator (approval_required, HB-3).
    { hubId, email: "jamal.wright@partner.example", hubRole: "hub_member", status: "awaiting_approval", tokenHash: newTokenHash().hash, invitedBy: ctx.personId(P.hubMember.email), createdAt: at(-2), expiresAt: at(5) },
    { id: expiredInvite.id, hubId, email: "lena.hoffmann@partner.example", hubRole: "hub_member", status: "expired", tokenHash: expiredInvite.hash, invitedBy: inviter, createdAt: at(-17), expiresAt: at(-10) },
    { hubId, projectId, email: P.projectContributor.email, hubRole: "project_contributor", projectRole: "editor", status: "accepted", tokenHash: newTokenHash().hash, invitedBy: inviter, createdAt: at(-60), expiresAt: at(-53), respondedAt: at(-59) },
  ]);

  // hubs (issue 9): the remaining states, so the sent invitations show every one (HB-7, HB-3).
  await tx.insert(invitations).values([
    { hubId, email: "noah.clarke@partner.example", hubRole: "hub_member", status: "declined", tokenHash: newTokenHash().hash, invitedBy: inviter, createdAt: at(-9), expiresAt: at(-2), respondedAt: at(-8) },
    { hubId, email: "maya.singh@partner.example", hubRole: "hub_member", status: "cancelled", tokenHash: newTokenHash().hash, invitedBy: inviter, createdAt: at(-6), expiresAt: at(1), respondedAt: at(-5) },
    { hubId, email: "owen.price@partner.example", hubRole: "hub_member", status: "rejected", tokenHash: newTokenHash().hash, invitedBy: ctx.personId(P.hubMember.email), createdAt: at(-5), expiresAt: at(2), respondedAt: at(-4) },
  ]);

  await enqueueEmail(tx, {
    kind: "hub-invitation",
    to: "lena.hoffmann@partner.example",
    subject: `${label(P.hubAdmin)} invited you to ${demoHubName}`,
    text: `Hello,\n\n${label(P.hubAdmin)} invited you to join the hub ${demoHubName} as a Hub Member.\n\nAccept or decline: ${publicOrigin()}/invite/${expiredInvite.token}\n\nThis link works once and expires in 7 days.`,
  });

  // The pending invitations' emails, with working links (the tokens exist only here).
  const base = publicOrigin();
  await enqueueEmail(tx, {
    kind: "hub-invitation",
    to: P.secondaryAdmin2.email,
    subject: `${label(P.hubAdmin)} invited you to ${demoHubName}`,
    text: `Hello ${P.secondaryAdmin2.firstName},\n\n${label(P.hubAdmin)} invited you to join the hub ${demoHubName} as a Hub Member.\n\nAccept or decline: ${base}/invite/${hubInvite.token}\n\nThis link works once and expires in 7 days.`,
  });
  await enqueueEmail(tx, {
    kind: "project-invitation",
    to: kofi,
    subject: `${label(P.hubAdmin)} invited you to the project Gearbox Redesign`,
    text: `Hello,\n\n${label(P.hubAdmin)} invited you to the project Gearbox Redesign in ${demoHubName} as an Editor.\n\nAccept or decline: ${base}/invite/${projectInvite.token}\n\nThis link works once and expires in 7 days.`,
  });
  for (const [invitationId, email, projectLabel] of [
    [hubInvite.id, P.secondaryAdmin2.email, null],
    [projectInvite.id, kofi, "Gearbox Redesign"],
  ] as const) {
    await writeAudit(tx, {
      actorId: inviter,
      actorLabel: label(P.hubAdmin),
      action: "invitation.sent",
      hubId,
      targetType: "invitation",
      targetId: invitationId,
      targetLabel: email,
      after: { email, project: projectLabel, status: "pending" },
    });
  }
}
