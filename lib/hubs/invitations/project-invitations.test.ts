import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { hubMembers, invitations, projectMembers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { personActor } from "@/test/support/people";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHubPerson, demoProjectIds, directRole, fillProject, type DemoProjectKey } from "@/test/support/projects";
import { changeHubRole } from "../change-hub-role";
import { acceptInvitation } from "./accept-invitation";
import { inviteToProject } from "./invite-to-project";
import { outcome } from "@/test/support/outcome";

// Email invitations to a project, through the invitation use cases on PostgreSQL:
// the project role (PR-3), the role an outsider joins with (HB-5), and what a Project
// Contributor may never become (LP-2, LP-3), checked when sending and again when accepting.

let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("projinvites");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});
beforeEach(() => {
  vi.stubEnv("AUTH_URL", "https://portal.test.example");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const statusOf = async (invitationId: string) => (await w.db.select({ status: invitations.status }).from(invitations).where(eq(invitations.id, invitationId)))[0]?.status;
const hubRoleOf = async (personId: string) => (await w.db.select({ role: hubMembers.role }).from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId))))[0]?.role ?? null;

describe("inviting to a project by email", () => {
  it("PR-3 a project member invites with a project role no higher than their own; a Hub Member outside the project does not invite to it", async () => {
    // Leo is an Editor of Gearbox Redesign (folder-level).
    expect(outcome(await execute(w.db, w.actor("hubMember"), inviteToProject, { projectId: ids.gearbox, email: "pr3.admin@guest.example", role: "project_admin" }))).toBe("denied PR-3");
    expect(outcome(await execute(w.db, w.actor("hubMember"), inviteToProject, { projectId: ids.gearbox, email: "pr3.editor@guest.example", role: "editor" }))).toBe("allowed");
    expect(outcome(await execute(w.db, w.actor("hubMember"), inviteToProject, { projectId: ids.gearbox, email: "pr3.viewer@guest.example", role: "viewer" }))).toBe("allowed");
    // Marcus is a Hub Member who is not in Gearbox Redesign.
    expect(outcome(await execute(w.db, w.actor("secondaryAdmin"), inviteToProject, { projectId: ids.gearbox, email: "pr3.other@guest.example", role: "viewer" }))).toBe("denied PR-3");
    const refused = await w.db.select().from(invitations).where(eq(invitations.email, "pr3.admin@guest.example"));
    expect(refused).toEqual([]);
  });

  it("HB-5 PR-3 an outsider invited to a folder-level project as Project Administrator joins the hub as a Project Contributor with that project role", async () => {
    const r = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.gearbox, email: "hb5.pa@guest.example", role: "project_admin" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const kim = await personActor(w.db, "hb5.pa@guest.example");
    expect(await execute(w.db, kim, acceptInvitation, { invitationId: r.data.invitationId })).toMatchObject({ ok: true, data: { role: "project_contributor" } });
    expect(await hubRoleOf(kim.personId)).toBe("project_contributor");
    expect(await directRole(w.db, ids.gearbox, kim.personId)).toBe("project_admin");
  });

  it("LP-2 HB-5 nobody who is or would become a Project Contributor is invited to an Open project; a Hub Member is", async () => {
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.plantLayout, email: "lp2.outsider@guest.example", role: "viewer" }))).toBe("denied LP-2");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.plantLayout, email: "zoe.adams@partner.example", role: "viewer" }))).toBe("denied LP-2");
    await addHubPerson(w.db, hubId, "lp2.member@northwind.example", "hub_member");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.plantLayout, email: "lp2.member@northwind.example", role: "viewer" }))).toBe("allowed");
  });

  it("LP-3 HB-5 nobody outside the hub is invited as Project Administrator of a legacy project; as Viewer they are", async () => {
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.tooling, email: "lp3.outsider@guest.example", role: "project_admin" }))).toBe("denied LP-3");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.tooling, email: "zoe.adams@partner.example", role: "project_admin" }))).toBe("denied PR-1");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.tooling, email: "lp3.outsider@guest.example", role: "viewer" }))).toBe("allowed");
  });
});

describe("accepting after the invitee became a Project Contributor", () => {
  it("LP-2 HB-10 a Hub Member invited to an Open project, then made Project Contributor, cannot accept: the invitation stays pending and they are not in the project", async () => {
    const email = "lp2.late@northwind.example";
    const pid = await addHubPerson(w.db, hubId, email, "hub_member");
    const r = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.plantLayout, email, role: "viewer" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), changeHubRole, { hubId, personId: pid, role: "project_contributor" }))).toBe("allowed");
    const late = await personActor(w.db, email);
    expect(outcome(await execute(w.db, late, acceptInvitation, { invitationId: r.data.invitationId }))).toBe("denied LP-2");
    expect(await statusOf(r.data.invitationId)).toBe("pending");
    expect(await directRole(w.db, ids.plantLayout, pid)).toBeNull();
    const rows = await w.db.select().from(projectMembers).where(and(eq(projectMembers.projectId, ids.plantLayout), eq(projectMembers.personId, pid)));
    expect(rows).toEqual([]);
  });

  it("LP-3 HB-10 a Hub Member invited as Project Administrator of a legacy project, then made Project Contributor, cannot accept", async () => {
    const email = "lp3.late@northwind.example";
    const pid = await addHubPerson(w.db, hubId, email, "hub_member");
    const r = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.tooling, email, role: "project_admin" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), changeHubRole, { hubId, personId: pid, role: "project_contributor" }))).toBe("allowed");
    const late = await personActor(w.db, email);
    const accepted = await execute(w.db, late, acceptInvitation, { invitationId: r.data.invitationId });
    expect(outcome(accepted)).toBe("denied LP-3");
    expect(await statusOf(r.data.invitationId)).toBe("pending");
    expect(await directRole(w.db, ids.tooling, pid)).toBeNull();
  });

  it("HB-8 a deactivated member cannot accept a project invitation of their hub: refused, the invitation stays pending", async () => {
    const email = "hb8.off@northwind.example";
    const pid = await addHubPerson(w.db, hubId, email, "hub_member", false);
    const [created] = await w.db
      .insert(invitations)
      .values({ hubId, projectId: ids.spareParts, email, hubRole: "hub_member", projectRole: "viewer", tokenHash: `test-hb8-${Date.now()}`, expiresAt: new Date(Date.now() + 86_400_000) })
      .returning({ id: invitations.id });
    const off = await personActor(w.db, email);
    expect(outcome(await execute(w.db, off, acceptInvitation, { invitationId: created!.id }))).toBe("denied HB-8");
    expect(await statusOf(created!.id)).toBe("pending");
    expect(await directRole(w.db, ids.spareParts, pid)).toBeNull();
  });

  it("PR-6 accepting a project invitation re-checks the 500-member cap under the project row lock: refused, the invitation stays pending", async () => {
    const email = "pr6.late@northwind.example";
    const r = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId: ids.spareParts, email, role: "viewer" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const count = async (): Promise<number> => ((await w.db.execute(sql`select ((select count(*) from project_members where project_id = ${ids.spareParts}) + (select count(*) from project_groups where project_id = ${ids.spareParts}))::int as n`)) as unknown as { n: number }[])[0]!.n;
    await fillProject(w.db, hubId, ids.spareParts, 500 - (await count()), "pr6");
    expect(await count()).toBe(500);
    const late = await personActor(w.db, email);
    expect(outcome(await execute(w.db, late, acceptInvitation, { invitationId: r.data.invitationId }))).toBe("denied PR-6");
    expect(await statusOf(r.data.invitationId)).toBe("pending");
    expect(await directRole(w.db, ids.spareParts, late.personId)).toBeNull();
    expect(await count()).toBe(500);
  });
});
