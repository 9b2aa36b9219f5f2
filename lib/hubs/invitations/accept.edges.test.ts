import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, hubMembers, projectMembers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { personActor } from "@/test/support/people";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHubPerson } from "@/test/support/projects";
import { createProject } from "../projects/create-project";
import { acceptInvitation } from "./accept-invitation";
import { invitePeople } from "./invite-people";
import { inviteToProject } from "./invite-to-project";

// HB-5 on accepting: the role someone joins with, what an existing member keeps, and what the
// audit event says of it (AU-1). Each test invites its own person.

let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("acceptedges");
  hubId = w.world.hubId;
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

async function project(name: string): Promise<string> {
  const r = await execute(w.db, w.actor("hubAdmin"), createProject, { hubId, name, kind: "folder" });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.projectId;
}
const acceptedEvent = async (invitationId: string) =>
  (await w.db.select({ before: auditEvents.before, after: auditEvents.after, sideEffects: auditEvents.sideEffects, hubId: auditEvents.hubId }).from(auditEvents).where(and(eq(auditEvents.action, "invitation.accepted"), eq(auditEvents.targetId, invitationId))))[0];
const hubRoleOf = async (personId: string) => (await w.db.select({ role: hubMembers.role }).from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId))))[0]?.role ?? null;
const projectRoleOf = async (projectId: string, personId: string) =>
  (await w.db.select({ role: projectMembers.role }).from(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, personId))))[0]?.role ?? null;

describe("HB-5 accepting", () => {
  it("HB-7 an invitation that does not exist is not found", async () => {
    const me = await personActor(w.db, "accept.nothing@guest.example", "Edge");
    expect(await execute(w.db, me, acceptInvitation, { invitationId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("HB-5 AU-1 an outsider accepting a hub invitation joins as Hub Member, and the event says so", async () => {
    const r = await execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId, emails: "accept.hub@guest.example" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const me = await personActor(w.db, "accept.hub@guest.example", "Edge");
    const [mine] = await w.db.select().from(auditEvents).where(and(eq(auditEvents.action, "invitation.sent"), eq(auditEvents.targetLabel, me.email)));
    const invitationId = mine!.targetId!;
    expect(await execute(w.db, me, acceptInvitation, { invitationId })).toMatchObject({ ok: true, data: { invitationId, hubId, projectId: null, role: "hub_member" } });
    expect(await hubRoleOf(me.personId)).toBe("hub_member");
    expect(await acceptedEvent(invitationId)).toEqual({
      hubId,
      before: { status: "pending" },
      after: { status: "accepted", hubRole: "hub_member" },
      sideEffects: [{ rule: "HB-5", effect: "Joined the hub as Hub Member" }],
    });
  });

  it("HB-5 PR-3 AU-1 an outsider accepting a project invitation joins as Project Contributor with the project role, and the event says so", async () => {
    const projectId = await project("Accept edges outsider");
    const r = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId, email: "accept.project@guest.example", role: "editor" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const me = await personActor(w.db, "accept.project@guest.example", "Edge");
    expect(await execute(w.db, me, acceptInvitation, { invitationId: r.data.invitationId })).toMatchObject({ ok: true, data: { projectId, role: "project_contributor" } });
    expect(await hubRoleOf(me.personId)).toBe("project_contributor");
    expect(await projectRoleOf(projectId, me.personId)).toBe("editor");
    expect(await acceptedEvent(r.data.invitationId)).toMatchObject({
      after: { status: "accepted", hubRole: "project_contributor", projectRole: "editor" },
      sideEffects: [{ rule: "HB-5", effect: "Joined the hub as Project Contributor" }],
    });
  });

  it("HB-4 HB-5 a Hub Member accepting a project invitation keeps their one hub role: no join, only the project role", async () => {
    const projectId = await project("Accept edges member");
    const email = "accept.member@northwind.example";
    const pid = await addHubPerson(w.db, hubId, email, "hub_member");
    const r = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId, email, role: "viewer" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const me = await personActor(w.db, email, "Edge");
    expect(me.personId).toBe(pid);
    expect(await execute(w.db, me, acceptInvitation, { invitationId: r.data.invitationId })).toMatchObject({ ok: true, data: { role: "hub_member" } });
    expect(await hubRoleOf(pid)).toBe("hub_member");
    expect(await projectRoleOf(projectId, pid)).toBe("viewer");
    expect(await acceptedEvent(r.data.invitationId)).toMatchObject({ after: { status: "accepted", hubRole: "hub_member", projectRole: "viewer" }, sideEffects: [] });
  });
});
