import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { execute } from "@/lib/actions/define-action";
import { decide } from "@/lib/permissions";
import { loadProjectInviteFacts, loadProjectRole } from "@/lib/permissions/facts";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { projectItems } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { emailsTo } from "@/test/support/admins";
import { addHubPerson, demoProjectIds, directRole, type DemoProjectKey } from "@/test/support/projects";
import { createItem } from "./create-item";
import { renameItem } from "./rename-item";
import { deleteItem } from "./delete-item";
import { addProjectMember } from "./add-project-member";
import { promoteProjectAdmin } from "./promote-project-admin";
import { changeProjectRole } from "./change-project-role";
import { removeProjectMember } from "./remove-project-member";
import { requestJoin } from "./request-join";
import { decideJoinRequest } from "./decide-join-request";

let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("projcontent");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});

const as = (who: PersonaKey) => w.actor(who);

describe("project content by project role", () => {
  // Their audit events (AU-1) are asserted, exactly, in test/integration/effects.test.ts.
  it("PR-1 an Editor creates, renames and deletes folders and items; deleting a folder deletes what it holds", async () => {
    const folder = await execute(w.db, as("hubMember"), createItem, { projectId: ids.gearbox, kind: "folder", name: "Reviews" });
    expect(folder.ok).toBe(true);
    if (!folder.ok) return;
    const file = await execute(w.db, as("hubMember"), createItem, { projectId: ids.gearbox, kind: "file", name: "review-1.pdf", parentId: folder.data.itemId });
    expect(file.ok).toBe(true);
    expect(await execute(w.db, as("hubMember"), renameItem, { projectId: ids.gearbox, itemId: folder.data.itemId, name: "Design reviews" })).toMatchObject({ ok: true });
    expect(await execute(w.db, as("hubMember"), deleteItem, { projectId: ids.gearbox, itemId: folder.data.itemId })).toMatchObject({ ok: true });
    expect(await w.db.select().from(projectItems).where(eq(projectItems.name, "review-1.pdf"))).toEqual([]);
  });

  it("PR-1 a Viewer reads but does not change content", async () => {
    expect(await execute(w.db, as("namedUser"), createItem, { projectId: ids.gearbox, kind: "file", name: "x.txt" })).toMatchObject({ ok: false, code: "denied", rule: "PR-1" });
  });

  it("PR-1 an item of another project is not found through this one", async () => {
    const [other] = await w.db.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, ids.conveyor)).limit(1);
    expect(await execute(w.db, as("hubMember"), renameItem, { projectId: ids.gearbox, itemId: other!.id, name: "Hijack" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("LP-2 LP-6 content of a project the actor cannot see is not found", async () => {
    expect(await execute(w.db, as("projectContributor"), createItem, { projectId: ids.plantLayout, kind: "file", name: "x" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await execute(w.db, as("hubMember"), createItem, { projectId: ids.falcon, kind: "file", name: "x" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("FP-1 a Project Contributor works with content as Editor of their project", async () => {
    expect(await execute(w.db, as("projectContributor"), createItem, { projectId: ids.gearbox, kind: "file", name: "zoe-notes.txt" })).toMatchObject({ ok: true });
  });
});

describe("project members", () => {
  it("PR-3 an Editor adds a hub member with a role no higher than their own, never as administrator", async () => {
    const lucas = await addHubPerson(w.db, hubId, "pr3.member@northwind.example", "hub_member");
    expect(await execute(w.db, as("hubMember"), addProjectMember, { projectId: ids.gearbox, personId: lucas, role: "project_admin" })).toMatchObject({ ok: false, code: "denied", rule: "PR-3" });
    expect(await execute(w.db, as("hubMember"), addProjectMember, { projectId: ids.gearbox, personId: lucas, role: "editor" })).toMatchObject({ ok: true });
    expect(await directRole(w.db, ids.gearbox, lucas)).toBe("editor");
    expect(await execute(w.db, as("hubMember"), addProjectMember, { projectId: ids.gearbox, personId: lucas, role: "viewer" })).toMatchObject({ ok: false, code: "denied", rule: "PR-1" });
  });

  it("LP-2 a Project Contributor cannot be added to an Open project, and the refusal says so", async () => {
    const r = await execute(w.db, as("hubAdmin"), addProjectMember, { projectId: ids.plantLayout, personId: w.pid("projectContributor"), role: "viewer" });
    expect(r).toMatchObject({ ok: false, code: "denied", rule: "LP-2" });
    if (!r.ok) expect(r.message).toBe("Project Contributors cannot view, access, join or be invited to Open projects (LP-2).");
  });

  it("HB-5 someone outside the hub is not added directly (they are invited by email)", async () => {
    expect(await execute(w.db, as("hubAdmin"), addProjectMember, { projectId: ids.gearbox, personId: w.pid("otherAccountAdmin"), role: "viewer" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("LP-3 a Project Contributor is never promoted to administrator of a legacy project, nor added as one", async () => {
    expect(await execute(w.db, as("hubAdmin"), promoteProjectAdmin, { projectId: ids.tooling, personId: w.pid("projectContributor") })).toMatchObject({ ok: false, code: "denied", rule: "LP-3" });
    const pc = await addHubPerson(w.db, hubId, "lp3.pc@partner.example", "project_contributor");
    expect(await execute(w.db, as("hubAdmin"), addProjectMember, { projectId: ids.tooling, personId: pc, role: "project_admin" })).toMatchObject({ ok: false, code: "denied", rule: "LP-3" });
    expect(await directRole(w.db, ids.tooling, w.pid("projectContributor"))).toBe("viewer");
  });

  it("LP-3 HB-5 a person outside the hub invited as Project Administrator of a legacy project is refused (the facts the invitation lifecycle decides on)", async () => {
    const facts = (await loadProjectInviteFacts(w.db, w.pid("hubAdmin"), ids.tooling, "new.outsider@elsewhere.example", "project_admin"))!;
    expect(facts.resource.invitee).toEqual({ hubRole: null, projectMember: false, active: true, departure: null });
    expect(decide(facts.actor, "projects.invite", facts.resource)).toMatchObject({ allowed: false, rule: "LP-3" });
    const asViewer = (await loadProjectInviteFacts(w.db, w.pid("hubAdmin"), ids.tooling, "new.outsider@elsewhere.example", "viewer"))!;
    expect(decide(asViewer.actor, "projects.invite", asViewer.resource)).toMatchObject({ allowed: true });
    const toOpen = (await loadProjectInviteFacts(w.db, w.pid("primaryAdmin"), ids.plantLayout, "new.outsider@elsewhere.example", "viewer"))!;
    expect(decide(toOpen.actor, "projects.invite", toOpen.resource)).toMatchObject({ allowed: false, rule: "LP-2" });
  });

  it("FP-3 a Project Contributor is promoted in a folder-level project; the event records that they still cannot create groups or transfer", async () => {
    expect(await execute(w.db, as("hubAdmin"), promoteProjectAdmin, { projectId: ids.gearbox, personId: w.pid("projectContributor") })).toMatchObject({ ok: true });
    expect(await directRole(w.db, ids.gearbox, w.pid("projectContributor"))).toBe("project_admin");
  });

  it("PR-1 only project and hub administrators change roles and remove members", async () => {
    const target = await addHubPerson(w.db, hubId, "pr1.removed@northwind.example", "hub_member");
    expect(await execute(w.db, as("hubAdmin"), addProjectMember, { projectId: ids.gearbox, personId: target, role: "viewer" })).toMatchObject({ ok: true });
    expect(await execute(w.db, as("hubMember"), changeProjectRole, { projectId: ids.gearbox, personId: w.pid("namedUser"), role: "editor" })).toMatchObject({ ok: false, code: "denied", rule: "PR-1" });
    expect(await execute(w.db, as("hubAdmin"), changeProjectRole, { projectId: ids.gearbox, personId: w.pid("namedUser"), role: "editor" })).toMatchObject({ ok: true });
    expect(await directRole(w.db, ids.gearbox, w.pid("namedUser"))).toBe("editor");
    expect(await execute(w.db, as("hubAdmin"), removeProjectMember, { projectId: ids.gearbox, personId: target })).toMatchObject({ ok: true });
    expect(await loadProjectRole(w.db, target, ids.gearbox)).toBeNull();
  });
});

describe("join requests", () => {
  it("FP-4 PR-2 EM-1 a Hub Member asks to join a folder-level project; a hub administrator approves; the requester becomes Viewer and is emailed", async () => {
    const marcus = as("secondaryAdmin");
    const r = await execute(w.db, marcus, requestJoin, { projectId: ids.spareParts, message: "Please" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await execute(w.db, marcus, requestJoin, { projectId: ids.spareParts })).toMatchObject({ ok: false, code: "conflict", rule: "PR-2" });
    expect(await execute(w.db, as("hubMember"), decideJoinRequest, { requestId: r.data.requestId, decision: "approve" })).toMatchObject({ ok: false, code: "denied", rule: "PR-2" });
    expect(await execute(w.db, as("primaryAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "approve" })).toMatchObject({ ok: true, data: { status: "approved" } });
    expect(await directRole(w.db, ids.spareParts, marcus.personId)).toBe("viewer");
    const mail = (await emailsTo(w.db, personas.secondaryAdmin.email)).filter((m) => m.kind === "join-request-decided");
    expect(mail).toEqual([expect.objectContaining({ subject: "Your request to join Spare Parts Library was approved" })]);
    expect(await execute(w.db, as("hubAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "decline" })).toMatchObject({ ok: false, code: "denied", rule: "PR-2" });
  });

  it("LP-5 PR-2 a Hub Member asks to join a Closed project; its project administrator declines; the requester is told", async () => {
    const r = await execute(w.db, as("hubMember"), requestJoin, { projectId: ids.tooling });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await execute(w.db, as("hubAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "decline" })).toMatchObject({ ok: true, data: { status: "declined" } });
    expect(await directRole(w.db, ids.tooling, w.pid("hubMember"))).toBeNull();
    expect((await emailsTo(w.db, personas.hubMember.email)).some((m) => m.subject === "Your request to join Supplier Tooling was declined")).toBe(true);
  });

  it("LP-6 a Secret project cannot be asked for: not found to a Hub Member, nothing to request for a hub administrator who is not a member", async () => {
    expect(await execute(w.db, as("hubMember"), requestJoin, { projectId: ids.falcon })).toMatchObject({ ok: false, code: "not_found" });
    const admin = await addHubPerson(w.db, hubId, "lp6.admin@northwind.example", "hub_admin");
    const r = await execute(w.db, { personId: admin, email: "lp6.admin@northwind.example", name: "LP6 Admin" }, requestJoin, { projectId: ids.falcon });
    expect(r).toMatchObject({ ok: false, code: "denied", rule: "LP-6" });
    if (!r.ok) expect(r.message).toMatch(/nothing to request/);
    // They manage it instead: adding themselves is theirs to do (HB-9).
    expect(await execute(w.db, { personId: admin, email: "lp6.admin@northwind.example", name: "LP6 Admin" }, addProjectMember, { projectId: ids.falcon, personId: admin, role: "viewer" })).toMatchObject({ ok: true });
  });

  it("FP-2 LP-2 a Project Contributor never asks to join: projects they are not in are not found", async () => {
    expect(await execute(w.db, as("projectContributor"), requestJoin, { projectId: ids.spareParts })).toMatchObject({ ok: false, code: "not_found" });
    expect(await execute(w.db, as("projectContributor"), requestJoin, { projectId: ids.plantLayout })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("PR-2 a member is not asked for again", async () => {
    expect(await execute(w.db, as("hubMember"), requestJoin, { projectId: ids.gearbox })).toMatchObject({ ok: false, code: "denied", rule: "PR-2" });
  });
});
