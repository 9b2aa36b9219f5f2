import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { execute } from "@/lib/actions/define-action";
import { auditEvents, groups, hubMembers, joinRequests, projectGroups, projectItems, shareLinks } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHub, addHubPerson, setSharing } from "@/test/support/projects";
import { createProject } from "./create-project";
import { createGroup } from "./create-group";
import { addGroupToProject } from "./add-group-to-project";
import { requestJoin } from "./request-join";
import { createShareLink } from "./create-share-link";
import { openShareLink } from "./open-share-link";
import { previewTransfer, transferProject } from "./transfer-project";

// Edges of PR-5 (what stays behind in the source hub) and HB-3 (the sharing switch read on
// every open), each test on projects, hubs and people it makes itself.

let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("transfershare");
  hubId = w.world.hubId;
});
afterAll(async () => {
  await w?.drop();
});

async function newProject(name: string): Promise<string> {
  const r = await execute(w.db, w.actor("hubAdmin"), createProject, { hubId, name, kind: "folder" });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.projectId;
}
/** A hub of the same account where the demo hub administrator is hub administrator too. */
async function destination(name: string): Promise<string> {
  const dest = await addHub(w.db, hubId, name, w.pid("hubAdmin"));
  await w.db.insert(hubMembers).values({ hubId: dest, personId: w.pid("hubAdmin"), role: "hub_admin" });
  return dest;
}

describe("PR-5 what a transfer leaves behind", () => {
  it("PR-5 the project's groups stay in the source hub and leave the project; pending join requests are dropped, answered ones kept", async () => {
    const projectId = await newProject("Transfer edges groups");
    const member = await addHubPerson(w.db, hubId, "transfer.edges.g@northwind.example", "hub_member");
    const g = await execute(w.db, w.actor("hubAdmin"), createGroup, { hubId, name: "Transfer edges group", memberIds: [member] });
    if (!g.ok) throw new Error(JSON.stringify(g));
    expect(await execute(w.db, w.actor("hubAdmin"), addGroupToProject, { projectId, groupId: g.data.groupId, role: "viewer" })).toMatchObject({ ok: true });
    const asker = await addHubPerson(w.db, hubId, "transfer.edges.ask@northwind.example", "hub_member");
    const req = await execute(w.db, { personId: asker, email: "transfer.edges.ask@northwind.example", name: "Asker" }, requestJoin, { projectId });
    if (!req.ok) throw new Error(JSON.stringify(req));
    const answeredBy = await addHubPerson(w.db, hubId, "transfer.edges.old@northwind.example", "hub_member");
    const [answered] = await w.db.insert(joinRequests).values({ projectId, personId: answeredBy, status: "declined", decidedAt: new Date() }).returning({ id: joinRequests.id });
    const dest = await destination("Transfer edges destination");

    // Only the pending request counts in the preview.
    expect(await previewTransfer(w.db, projectId, dest)).toEqual({ members: 1, groups: 1, activeShareLinks: 0, pendingJoinRequests: 1, destinationName: "Transfer edges destination" });
    expect(await execute(w.db, w.actor("hubAdmin"), transferProject, { projectId, destinationHubId: dest })).toMatchObject({ ok: true, data: { projectId, fromHubId: hubId, hubId: dest } });

    expect(await w.db.select().from(projectGroups).where(eq(projectGroups.projectId, projectId))).toEqual([]);
    const [group] = await w.db.select({ hubId: groups.hubId }).from(groups).where(eq(groups.id, g.data.groupId));
    expect(group?.hubId).toBe(hubId);
    const left = await w.db.select({ id: joinRequests.id, status: joinRequests.status }).from(joinRequests).where(eq(joinRequests.projectId, projectId));
    expect(left).toEqual([{ id: answered!.id, status: "declined" }]);
  });

  it("PR-5 AU-1 the transfer is audited in both hubs: out of the source, into the destination", async () => {
    const projectId = await newProject("Transfer edges audit");
    const dest = await destination("Transfer edges audit destination");
    expect(await execute(w.db, w.actor("hubAdmin"), transferProject, { projectId, destinationHubId: dest })).toMatchObject({ ok: true });
    const events = await w.db
      .select({ action: auditEvents.action, hubId: auditEvents.hubId, before: auditEvents.before, after: auditEvents.after, sideEffects: auditEvents.sideEffects })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, projectId), eq(auditEvents.targetType, "project")));
    const moves = events.filter((e) => e.action.startsWith("project.transferred"));
    expect(moves).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "project.transferred_out", hubId, before: { hubId }, after: expect.objectContaining({ hubId: dest }) }),
        expect.objectContaining({ action: "project.transferred_in", hubId: dest }),
      ]),
    );
    expect(moves).toHaveLength(2);
    // What stayed behind and what stopped, by PR-5, in both events.
    for (const m of moves) expect(m.sideEffects.map((e) => e.rule)).toEqual(["PR-5", "PR-5", "PR-5"]);
    expect(await execute(w.db, w.actor("hubAdmin"), transferProject, { projectId: "00000000-0000-4000-8000-000000000000", destinationHubId: dest })).toMatchObject({ ok: false, code: "not_found" });
    expect((await previewTransfer(w.db, projectId, "00000000-0000-4000-8000-000000000000")).destinationName).toBe("");
  });

  it("PR-5 a repeated transfer by the same person answers 'already transferred' (conflict) and changes nothing more", async () => {
    const projectId = await newProject("Transfer edges twice");
    const dest = await destination("Transfer edges twice destination");
    expect(await execute(w.db, w.actor("hubAdmin"), transferProject, { projectId, destinationHubId: dest })).toMatchObject({ ok: true });
    expect(await execute(w.db, w.actor("hubAdmin"), transferProject, { projectId, destinationHubId: dest })).toMatchObject({ ok: false, code: "conflict", rule: "PR-5" });
    const moves = await w.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, projectId), eq(auditEvents.action, "project.transferred_in")));
    expect(moves).toHaveLength(1);
  });
});

describe("PR-5 a transfer someone else already made", () => {
  it("PR-5 only the person who moved it is told 'already transferred'; anyone else asking for the same hub gets the policy's answer", async () => {
    const projectId = await newProject("Transfer edges someone else");
    const dest = await destination("Transfer edges someone else destination");
    await w.db.insert(hubMembers).values({ hubId: dest, personId: w.pid("primaryAdmin"), role: "hub_admin" });
    expect(await execute(w.db, w.actor("hubAdmin"), transferProject, { projectId, destinationHubId: dest })).toMatchObject({ ok: true });
    const other = await execute(w.db, w.actor("primaryAdmin"), transferProject, { projectId, destinationHubId: dest });
    // The policy: it is in that hub already, so "pick another hub" (decide-project.ts).
    expect(other).toMatchObject({ ok: false, code: "denied", rule: "PR-5" });
  });

  it("PR-5 the preview counts only live share links and names the destination", async () => {
    const projectId = await newProject("Transfer edges preview links");
    const [item] = await w.db.insert(projectItems).values({ projectId, name: "preview.txt", kind: "file" }).returning({ id: projectItems.id });
    const live = await execute(w.db, w.actor("hubAdmin"), createShareLink, { projectId, itemId: item!.id });
    const gone = await execute(w.db, w.actor("hubAdmin"), createShareLink, { projectId, itemId: item!.id });
    if (!live.ok || !gone.ok) throw new Error("not shared");
    await w.db.update(shareLinks).set({ revokedAt: new Date() }).where(eq(shareLinks.id, gone.data.linkId));
    const dest = await destination("Transfer edges preview destination");
    expect(await previewTransfer(w.db, projectId, dest)).toMatchObject({ activeShareLinks: 1, destinationName: "Transfer edges preview destination" });
  });
});

describe("HB-3 the sharing switch is read on every open", () => {
  it("HB-3 a link that was never revoked opens 'no longer shared' while its hub's sharing is off, and shared again once it is on", async () => {
    const projectId = await newProject("Share switch edges");
    const [item] = await w.db.insert(projectItems).values({ projectId, name: "switch.txt", kind: "file" }).returning({ id: projectItems.id });
    const r = await execute(w.db, w.actor("hubAdmin"), createShareLink, { projectId, itemId: item!.id });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const token = r.data.url.split("/share/")[1]!;
    expect(await openShareLink(w.db, token)).toEqual({ state: "shared", item: { name: "switch.txt", kind: "file", updatedAt: expect.any(Date) }, projectName: "Share switch edges" });
    // The switch alone, not the revocation that turning it off in the settings also makes.
    await setSharing(w.db, hubId, false);
    try {
      expect(await openShareLink(w.db, token)).toEqual({ state: "no_longer_shared" });
    } finally {
      await setSharing(w.db, hubId, true);
    }
    expect(await openShareLink(w.db, token)).toMatchObject({ state: "shared" });
  });

  it("HB-3 a malformed token (too short, too long, other characters) is simply not found", async () => {
    for (const token of ["short", "x".repeat(101), `${"x".repeat(30)}/..`, `${"y".repeat(30)} `]) expect(await openShareLink(w.db, token)).toEqual({ state: "not_found" });
  });
});
