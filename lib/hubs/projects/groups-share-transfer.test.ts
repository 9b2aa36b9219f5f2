import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq, isNull } from "drizzle-orm";
import { execute } from "@/lib/actions/define-action";
import { loadProjectRole } from "@/lib/permissions/facts";
import type { PersonaKey } from "@/lib/demo/personas";
import { auditEvents, hubMembers, hubs, projectItems, projectMembers, projects, shareLinks } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHub, addHubPerson, demoProjectIds, directRole, type DemoProjectKey } from "@/test/support/projects";
import { createGroup } from "./create-group";
import { editGroupMembers } from "./edit-group-members";
import { addGroupToProject } from "./add-group-to-project";
import { createShareLink } from "./create-share-link";
import { revokeShareLink } from "./revoke-share-link";
import { openShareLink } from "./open-share-link";
import { promoteProjectAdmin } from "./promote-project-admin";
import { previewTransfer, transferProject } from "./transfer-project";
import { listTransferDestinations } from "./load-project-page";
import { setHubSharing } from "../set-hub-sharing";

let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("projgroups");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});
const as = (who: PersonaKey) => w.actor(who);
const itemOf = async (projectId: string) => (await w.db.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, projectId)).limit(1))[0]!.id;
const tokenOf = (url: string) => url.split("/share/")[1]!;

describe("groups", () => {
  it("PR-4 a project administrator who is a Hub Member creates a group; adding it to a project gives its members the role at once", async () => {
    const a = await addHubPerson(w.db, hubId, "group.a@northwind.example", "hub_member");
    const g = await execute(w.db, as("hubMember"), createGroup, { hubId, name: "Reviewers", memberIds: [a] });
    expect(g.ok).toBe(true);
    if (!g.ok) return;
    expect(await execute(w.db, as("hubMember"), createGroup, { hubId, name: "Reviewers" })).toMatchObject({ ok: false, code: "conflict", rule: "PR-4" });
    expect(await execute(w.db, as("hubAdmin"), addGroupToProject, { projectId: ids.spareParts, groupId: g.data.groupId, role: "editor" })).toMatchObject({ ok: true });
    expect(await loadProjectRole(w.db, a, ids.spareParts)).toBe("editor");
    const b = await addHubPerson(w.db, hubId, "group.b@northwind.example", "hub_member");
    expect(await execute(w.db, as("hubAdmin"), editGroupMembers, { hubId, groupId: g.data.groupId, personId: b, change: "add" })).toMatchObject({ ok: true });
    expect(await loadProjectRole(w.db, b, ids.spareParts)).toBe("editor");
    expect(await execute(w.db, as("hubAdmin"), addGroupToProject, { projectId: ids.spareParts, groupId: g.data.groupId, role: "viewer" })).toMatchObject({ ok: false, code: "denied", rule: "PR-4" });
  });

  it("PR-4 a Hub Member who administers no project does not create groups; a hub administrator does", async () => {
    expect(await execute(w.db, as("secondaryAdmin"), createGroup, { hubId, name: "Marcus's" })).toMatchObject({ ok: false, code: "denied", rule: "PR-4" });
    expect(await execute(w.db, as("hubAdmin"), createGroup, { hubId, name: "Nina's" })).toMatchObject({ ok: true });
  });

  it("FP-3 a Project Contributor made project administrator still cannot create groups nor transfer", async () => {
    expect(await execute(w.db, as("hubAdmin"), promoteProjectAdmin, { projectId: ids.gearbox, personId: w.pid("projectContributor") })).toMatchObject({ ok: true });
    expect(await execute(w.db, as("projectContributor"), createGroup, { hubId, name: "Zoe's" })).toMatchObject({ ok: false, code: "denied", rule: "FP-3" });
    const other = await addHub(w.db, hubId, "FP-3 destination", w.pid("hubAdmin"));
    await w.db.insert(hubMembers).values({ hubId: other, personId: w.pid("projectContributor"), role: "hub_member" });
    expect(await execute(w.db, as("projectContributor"), transferProject, { projectId: ids.gearbox, destinationHubId: other })).toMatchObject({ ok: false, code: "denied", rule: "FP-3" });
  });

  it("LP-2 a group holding a Project Contributor is not added to an Open project", async () => {
    const g = await execute(w.db, as("hubAdmin"), createGroup, { hubId, name: "With Zoe", memberIds: [w.pid("projectContributor")] });
    if (!g.ok) throw new Error("group not created");
    expect(await execute(w.db, as("primaryAdmin"), addGroupToProject, { projectId: ids.plantLayout, groupId: g.data.groupId, role: "viewer" })).toMatchObject({ ok: false, code: "denied", rule: "LP-2" });
  });

  it("LP-2 a Project Contributor is not added to a group that is on an Open project", async () => {
    const g = await execute(w.db, as("hubAdmin"), createGroup, { hubId, name: "Open readers", memberIds: [w.pid("hubMember")] });
    if (!g.ok) throw new Error("group not created");
    expect(await execute(w.db, as("primaryAdmin"), addGroupToProject, { projectId: ids.plantLayout, groupId: g.data.groupId, role: "viewer" })).toMatchObject({ ok: true });
    expect(await execute(w.db, as("hubAdmin"), editGroupMembers, { hubId, groupId: g.data.groupId, personId: w.pid("projectContributor"), change: "add" })).toMatchObject({ ok: false, code: "denied", rule: "LP-2" });
    expect(await execute(w.db, as("hubAdmin"), editGroupMembers, { hubId, groupId: g.data.groupId, personId: w.pid("secondaryAdmin"), change: "add" })).toMatchObject({ ok: true });
  });
});

describe("public share links", () => {
  it("HB-3 a project administrator shares an item: the link opens without sign-in and shows only that item; revoking stops it at once", async () => {
    const item = await itemOf(ids.spareParts);
    const r = await execute(w.db, as("hubAdmin"), createShareLink, { projectId: ids.spareParts, itemId: item });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const token = tokenOf(r.data.url);
    expect(await openShareLink(w.db, token)).toMatchObject({ state: "shared", item: { name: "bearing-catalogue.xlsx" }, projectName: "Spare Parts Library" });
    const [stored] = await w.db.select({ hash: shareLinks.tokenHash }).from(shareLinks).where(eq(shareLinks.id, r.data.linkId));
    expect(stored!.hash).not.toContain(token);
    expect(await execute(w.db, as("hubAdmin"), revokeShareLink, { projectId: ids.spareParts, linkId: r.data.linkId })).toMatchObject({ ok: true });
    expect(await openShareLink(w.db, token)).toEqual({ state: "no_longer_shared" });
    expect(await openShareLink(w.db, "x".repeat(43))).toEqual({ state: "not_found" });
  });

  it("HB-3 HB-6 AU-1 a hub administrator turning sharing off in the hub settings disables every existing link ('no longer shared'); turning it back on does not bring the old link back, only new links work", async () => {
    const itemId = await itemOf(ids.spareParts);
    const r = await execute(w.db, as("hubAdmin"), createShareLink, { projectId: ids.spareParts, itemId });
    if (!r.ok) throw new Error("not shared");
    const oldToken = tokenOf(r.data.url);
    expect(await openShareLink(w.db, oldToken)).toMatchObject({ state: "shared" });

    // HB-6: only a hub administrator switches it; a project administrator who is a Hub Member may not.
    expect(await execute(w.db, as("hubMember"), setHubSharing, { hubId, enabled: false })).toMatchObject({ ok: false, code: "denied", rule: "HB-6" });
    expect(await openShareLink(w.db, oldToken)).toMatchObject({ state: "shared" });

    const off = await execute(w.db, as("hubAdmin"), setHubSharing, { hubId, enabled: false });
    expect(off).toMatchObject({ ok: true });
    try {
      expect(await openShareLink(w.db, oldToken)).toEqual({ state: "no_longer_shared" });
      expect(await execute(w.db, as("hubAdmin"), createShareLink, { projectId: ids.spareParts, itemId })).toMatchObject({ ok: false, code: "denied", rule: "HB-3" });
      const [stored] = await w.db.select({ revokedAt: shareLinks.revokedAt }).from(shareLinks).where(eq(shareLinks.id, r.data.linkId));
      expect(stored!.revokedAt).not.toBeNull();
      const [event] = await w.db
        .select({ sideEffects: auditEvents.sideEffects })
        .from(auditEvents)
        .where(and(eq(auditEvents.hubId, hubId), eq(auditEvents.action, "hub.sharing_changed")))
        .orderBy(desc(auditEvents.at))
        .limit(1);
      expect(event!.sideEffects).toEqual([expect.objectContaining({ rule: "HB-3" })]);
    } finally {
      expect(await execute(w.db, as("hubAdmin"), setHubSharing, { hubId, enabled: true })).toMatchObject({ ok: true });
    }
    // Decision: "turning it off disables every existing link": the old link stays disabled.
    expect(await openShareLink(w.db, oldToken)).toEqual({ state: "no_longer_shared" });
    const again = await execute(w.db, as("hubAdmin"), createShareLink, { projectId: ids.spareParts, itemId });
    if (!again.ok) throw new Error("not shared again");
    expect(await openShareLink(w.db, tokenOf(again.data.url))).toMatchObject({ state: "shared" });
  });

  it("HB-3 sharing turned off in another hub disables none of this hub's links", async () => {
    const r = await execute(w.db, as("hubAdmin"), createShareLink, { projectId: ids.spareParts, itemId: await itemOf(ids.spareParts) });
    if (!r.ok) throw new Error("not shared");
    const other = await addHub(w.db, hubId, "HB-3 other hub", w.pid("hubAdmin"));
    await w.db.insert(hubMembers).values({ hubId: other, personId: w.pid("hubAdmin"), role: "hub_admin" });
    expect(await execute(w.db, as("hubAdmin"), setHubSharing, { hubId: other, enabled: false })).toMatchObject({ ok: true });
    expect(await openShareLink(w.db, tokenOf(r.data.url))).toMatchObject({ state: "shared" });
  });

  it("HB-3 PR-1 an Editor does not share", async () => {
    expect(await execute(w.db, as("hubMember"), createShareLink, { projectId: ids.gearbox, itemId: await itemOf(ids.gearbox) })).toMatchObject({ ok: false, code: "denied", rule: "PR-1" });
  });
});

describe("transfer", () => {
  it("PR-5 a project administrator who is a Hub Member transfers to a hub where they are a Hub Member: members and groups stay, they administer it there, links stop", async () => {
    const dest = await addHub(w.db, hubId, "Northwind Plant Ops", w.pid("hubAdmin"));
    await w.db.insert(hubMembers).values({ hubId: dest, personId: w.pid("hubMember"), role: "hub_member" });
    const share = await execute(w.db, as("hubMember"), createShareLink, { projectId: ids.conveyor, itemId: await itemOf(ids.conveyor) });
    if (!share.ok) throw new Error("not shared");
    const preview = await previewTransfer(w.db, ids.conveyor, dest);
    expect(preview).toMatchObject({ members: 4, groups: 1, activeShareLinks: 1, destinationName: "Northwind Plant Ops" });
    expect(await execute(w.db, as("secondaryAdmin"), transferProject, { projectId: ids.conveyor, destinationHubId: dest })).toMatchObject({ ok: false, code: "denied", rule: "PR-5" });
    expect(await execute(w.db, as("hubMember"), transferProject, { projectId: ids.conveyor, destinationHubId: dest })).toMatchObject({ ok: true });
    const [p] = await w.db.select({ hubId: projects.hubId }).from(projects).where(eq(projects.id, ids.conveyor));
    expect(p!.hubId).toBe(dest);
    expect(await w.db.select({ id: projectMembers.personId, role: projectMembers.role }).from(projectMembers).where(eq(projectMembers.projectId, ids.conveyor))).toEqual([{ id: w.pid("hubMember"), role: "project_admin" }]);
    expect(await openShareLink(w.db, tokenOf(share.data.url))).toEqual({ state: "no_longer_shared" });
    expect(await w.db.select().from(shareLinks).where(and(eq(shareLinks.itemId, await itemOf(ids.conveyor)), isNull(shareLinks.revokedAt)))).toEqual([]);
  });

  it("PR-5 UM-7 a hub of another account is never a destination: not offered, and the service answers not found", async () => {
    const [foreign] = await w.db.insert(hubs).values({ accountId: w.world.accountIds.namedOnly, name: "Foreign Hub", createdBy: w.pid("otherAccountAdmin") }).returning({ id: hubs.id });
    await w.db.insert(hubMembers).values({ hubId: foreign!.id, personId: w.pid("hubAdmin"), role: "hub_admin" });
    expect((await listTransferDestinations(w.db, w.pid("hubAdmin"), hubId)).map((d) => d.label)).not.toContain("Foreign Hub");
    expect(await execute(w.db, as("hubAdmin"), transferProject, { projectId: ids.spareParts, destinationHubId: foreign!.id })).toMatchObject({ ok: false, code: "not_found" });
    const [p] = await w.db.select({ hubId: projects.hubId }).from(projects).where(eq(projects.id, ids.spareParts));
    expect(p!.hubId).toBe(hubId);
  });

  it("PR-5 not to a hub where the person transferring is not an active Hub Member or Hub Administrator", async () => {
    const dest = await addHub(w.db, hubId, "Elsewhere", w.pid("hubAdmin"));
    expect(await execute(w.db, as("hubAdmin"), transferProject, { projectId: ids.spareParts, destinationHubId: dest })).toMatchObject({ ok: false, code: "denied", rule: "PR-5" });
    expect(await directRole(w.db, ids.spareParts, w.pid("hubAdmin"))).toBe("project_admin");
  });
});
