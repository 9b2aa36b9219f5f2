import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, hubMembers, invitations, people, projectMembers, projects } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { PersonaKey } from "@/lib/demo/personas";
import { decide } from "@/lib/permissions";
import { loadHubFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { changeHubRole } from "./change-hub-role";
import { createHub } from "./create-hub";
import { leaveHub } from "./leave-hub";
import { listHubMembers, membersQuery } from "./list-hub-members";
import { adminProjectsOf, openProjectsOf } from "./open-projects-of";
import { addHubPerson, demoProjectIds } from "@/test/support/projects";
import { removeHubMember } from "./remove-hub-member";
import { setMemberActivation } from "./set-member-activation";
import { outcome } from "@/test/support/outcome";

let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("hub_members");
  hubId = w.world.hubId;
});
afterAll(async () => {
  await w?.drop();
});

const role = async (personId: string, h = hubId) => (await w.db.select().from(hubMembers).where(and(eq(hubMembers.hubId, h), eq(hubMembers.personId, personId))))[0] ?? null;
const ROLES: PersonaKey[] = ["hubAdmin", "hubMember", "projectContributor", "deactivatedMember", "otherAccountAdmin", "ssoAdmin"];

describe("hub members", () => {
  it("HB-6 HB-8 only active hub administrators change roles, activation and membership; others are refused or do not find the hub", async () => {
    const target = w.pid("secondaryAdmin"); // a Hub Member of the demo hub
    const got: Record<string, string[]> = {};
    for (const k of ROLES.filter((x) => x !== "hubAdmin")) {
      got[k] = [
        outcome(await execute(w.db, w.actor(k), changeHubRole, { hubId, personId: target, role: "hub_admin" })),
        outcome(await execute(w.db, w.actor(k), setMemberActivation, { hubId, personId: target, active: false })),
        outcome(await execute(w.db, w.actor(k), removeHubMember, { hubId, personId: target })),
      ];
    }
    expect(got).toEqual({
      hubMember: ["denied HB-6", "denied HB-6", "denied HB-3"],
      projectContributor: ["denied HB-6", "denied HB-6", "denied HB-3"],
      deactivatedMember: ["denied HB-8", "denied HB-8", "denied HB-8"],
      otherAccountAdmin: ["not_found", "not_found", "not_found"],
      ssoAdmin: ["not_found", "not_found", "not_found"],
    });
    expect(await role(target)).toMatchObject({ role: "hub_member", active: true });
  });

  it("HB-10 LP-4 roles change along Fusion's transitions only", async () => {
    const nina = w.actor("hubAdmin");
    const zoe = w.pid("projectContributor");
    const marcus = w.pid("secondaryAdmin");
    expect(outcome(await execute(w.db, nina, changeHubRole, { hubId, personId: zoe, role: "hub_admin" }))).toBe("denied HB-10");
    expect(outcome(await execute(w.db, nina, changeHubRole, { hubId, personId: marcus, role: "hub_member" }))).toBe("denied HB-10");
    expect(outcome(await execute(w.db, nina, changeHubRole, { hubId, personId: zoe, role: "hub_member" }))).toBe("allowed");
    expect(outcome(await execute(w.db, nina, changeHubRole, { hubId, personId: marcus, role: "hub_admin" }))).toBe("allowed");
    expect(outcome(await execute(w.db, nina, changeHubRole, { hubId, personId: marcus, role: "project_contributor" }))).toBe("denied HB-10");
    expect(outcome(await execute(w.db, nina, changeHubRole, { hubId, personId: marcus, role: "hub_member" }))).toBe("allowed");
    expect(await role(zoe)).toMatchObject({ role: "hub_member" });
    expect(await role(marcus)).toMatchObject({ role: "hub_member" });
    const events = await w.db.select().from(auditEvents).where(and(eq(auditEvents.hubId, hubId), eq(auditEvents.action, "hub.member_role_changed"), eq(auditEvents.targetId, marcus)));
    expect(events.map((e) => [e.before?.role, e.after?.role]).sort()).toEqual([
      ["hub_admin", "hub_member"],
      ["hub_member", "hub_admin"],
    ]);
  });

  it("HB-10 LP-2 AU-1 demoting a Hub Member to Project Contributor removes their Open legacy project memberships in the same change", async () => {
    const leo = w.pid("hubMember");
    const preview = await openProjectsOf(w.db, hubId, leo);
    expect(preview.map((p) => p.name)).toEqual(["Plant Layout 2019"]);
    const r = await execute(w.db, w.actor("hubAdmin"), changeHubRole, { hubId, personId: leo, role: "project_contributor" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data.removedFrom).toEqual(preview);
    expect(await openProjectsOf(w.db, hubId, leo)).toEqual([]);
    // Still in this hub's folder-level projects (the other demo hub's are not this change's).
    const left = await w.db
      .select({ name: projects.name })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(and(eq(projectMembers.personId, leo), eq(projects.hubId, hubId)));
    expect(left.map((x) => x.name).sort()).toEqual(["Conveyor Line 4", "Gearbox Redesign"]);
    const [event] = await w.db.select().from(auditEvents).where(and(eq(auditEvents.action, "hub.member_role_changed"), eq(auditEvents.targetId, leo)));
    expect(event?.sideEffects).toEqual([expect.objectContaining({ rule: "LP-2", effect: expect.stringContaining("Plant Layout 2019") })]);
  });

  it("LP-3 HB-10 AU-1 demoting a Hub Member to Project Contributor turns their Project Administrator role in Closed and Secret legacy projects into Editor, previewed and audited", async () => {
    const ids = await demoProjectIds(w.db);
    const ana = await addHubPerson(w.db, hubId, "lp3.ana@northwind.example", "hub_member");
    await w.db.insert(projectMembers).values([
      { projectId: ids.plantLayout, personId: ana, role: "editor" },
      { projectId: ids.tooling, personId: ana, role: "project_admin" },
      { projectId: ids.falcon, personId: ana, role: "project_admin" },
      { projectId: ids.gearbox, personId: ana, role: "project_admin" },
    ]);
    const preview = await adminProjectsOf(w.db, hubId, ana);
    expect(preview.map((p) => p.name)).toEqual(["Project Falcon", "Supplier Tooling"]);
    const listed = await listHubMembers(w.db, hubId, membersQuery.parse({ q: "lp3.ana" }));
    expect(listed.rows.map((r) => [r.openProjects, r.adminProjects])).toEqual([[["Plant Layout 2019"], ["Project Falcon", "Supplier Tooling"]]]);
    const r = await execute(w.db, w.actor("hubAdmin"), changeHubRole, { hubId, personId: ana, role: "project_contributor" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data.downgradedIn).toEqual(preview);
    const roles = await w.db.select({ projectId: projectMembers.projectId, role: projectMembers.role }).from(projectMembers).where(eq(projectMembers.personId, ana));
    expect(Object.fromEntries(roles.map((x) => [x.projectId, x.role]))).toEqual({ [ids.tooling]: "editor", [ids.falcon]: "editor", [ids.gearbox]: "project_admin" });
    const [event] = await w.db.select().from(auditEvents).where(and(eq(auditEvents.action, "hub.member_role_changed"), eq(auditEvents.targetId, ana)));
    expect(event?.sideEffects).toEqual([
      expect.objectContaining({ rule: "LP-2", effect: expect.stringContaining("Plant Layout 2019") }),
      expect.objectContaining({ rule: "LP-3", effect: expect.stringContaining("Project Falcon") }),
      expect.objectContaining({ rule: "LP-3", effect: expect.stringContaining("Supplier Tooling") }),
    ]);
  });

  it("HB-8 a deactivated member keeps their role, and their very next request is refused; reactivating restores it", async () => {
    const tom = w.actor("namedUser");
    expect(decide((await loadHubFacts(w.db, tom.personId, hubId))!.actor, "hubs.view", (await loadHubFacts(w.db, tom.personId, hubId))!.resource).allowed).toBe(true);
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), setMemberActivation, { hubId, personId: tom.personId, active: false }))).toBe("allowed");
    expect(await role(tom.personId)).toMatchObject({ role: "hub_member", active: false });
    const facts = await loadHubFacts(w.db, tom.personId, hubId);
    expect(decide(facts!.actor, "hubs.view", facts!.resource)).toMatchObject({ allowed: false, rule: "HB-8" });
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), setMemberActivation, { hubId, personId: tom.personId, active: false }))).toBe("denied HB-8");
    expect(outcome(await execute(w.db, w.actor("hubAdmin"), setMemberActivation, { hubId, personId: tom.personId, active: true }))).toBe("allowed");
    const again = await loadHubFacts(w.db, tom.personId, hubId);
    expect(decide(again!.actor, "hubs.view", again!.resource).allowed).toBe(true);
  });

  it("HB-8 the last active hub administrator cannot be demoted, deactivated, removed or leave", async () => {
    const priya = w.actor("primaryAdmin");
    const created = await execute(w.db, priya, createHub, { accountId: w.world.accountIds.hybrid, name: "Solo hub" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const solo = created.data.hubId;
    expect(outcome(await execute(w.db, priya, changeHubRole, { hubId: solo, personId: priya.personId, role: "hub_member" }))).toBe("denied HB-8");
    expect(outcome(await execute(w.db, priya, setMemberActivation, { hubId: solo, personId: priya.personId, active: false }))).toBe("denied HB-8");
    expect(outcome(await execute(w.db, priya, removeHubMember, { hubId: solo, personId: priya.personId }))).toBe("denied HB-8");
    expect(outcome(await execute(w.db, priya, leaveHub, { hubId: solo }))).toBe("denied HB-8");
    expect(await role(priya.personId, solo)).toMatchObject({ role: "hub_admin", active: true });
  });

  it("HB-3 HB-7 removing a member cancels every pending invitation addressed to them, and removes them from the hub's projects", async () => {
    const kenjiEmail = "kenji.watanabe@northwind.example";
    const [kenji] = await w.db.select({ personId: people.id }).from(people).where(eq(people.email, kenjiEmail));
    if (!kenji) throw new Error("no Kenji in the demo hub");
    const [gearbox] = await w.db.select({ id: projects.id }).from(projects).where(and(eq(projects.hubId, hubId), eq(projects.name, "Spare Parts Library")));
    await w.db.insert(invitations).values({ hubId, projectId: gearbox!.id, email: kenjiEmail, hubRole: "hub_member", projectRole: "viewer", tokenHash: `test-${Date.now()}`, expiresAt: new Date(Date.now() + 86_400_000) });
    const r = await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: kenji.personId });
    expect(r).toMatchObject({ ok: true, data: { cancelledInvitations: 1 } });
    expect(await role(kenji.personId)).toBeNull();
    const inv = await w.db.select({ status: invitations.status }).from(invitations).where(and(eq(invitations.hubId, hubId), eq(invitations.email, kenjiEmail)));
    expect(inv.map((i) => i.status)).toEqual(["cancelled"]);
    const pm = await w.db.select().from(projectMembers).innerJoin(projects, eq(projects.id, projectMembers.projectId)).where(and(eq(projects.hubId, hubId), eq(projectMembers.personId, kenji.personId)));
    expect(pm).toEqual([]);
  });

  it("HB-7 removing a member, or their leaving, also cancels their expired invitations so resending cannot bring them back", async () => {
    const [tom] = await w.db.select({ personId: people.id, email: people.email }).from(people).where(eq(people.id, w.pid("namedUser")));
    const [spare] = await w.db.select({ id: projects.id }).from(projects).where(and(eq(projects.hubId, hubId), eq(projects.name, "Spare Parts Library")));
    const expired = { hubId, projectId: spare!.id, email: tom!.email.toLowerCase(), hubRole: "hub_member" as const, projectRole: "viewer" as const, status: "expired" as const, expiresAt: new Date(Date.now() - 86_400_000) };
    await w.db.insert(invitations).values({ ...expired, tokenHash: `test-expired-a-${Date.now()}` });
    const r = await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId: tom!.personId });
    expect(r).toMatchObject({ ok: true, data: { cancelledInvitations: 1 } });
    const inv = await w.db.select({ status: invitations.status }).from(invitations).where(and(eq(invitations.hubId, hubId), eq(invitations.email, expired.email)));
    expect(inv.map((i) => i.status)).toEqual(["cancelled"]);
    // Leaving does the same.
    const sam = w.actor("secondaryAdmin");
    const [samRow] = await w.db.select({ email: people.email }).from(people).where(eq(people.id, sam.personId));
    const samEmail = samRow!.email.toLowerCase();
    await w.db.insert(invitations).values({ ...expired, email: samEmail, tokenHash: `test-expired-b-${Date.now()}` });
    expect(outcome(await execute(w.db, sam, leaveHub, { hubId }))).toBe("allowed");
    const inv2 = await w.db.select({ status: invitations.status }).from(invitations).where(and(eq(invitations.hubId, hubId), eq(invitations.email, samEmail)));
    expect(inv2.map((i) => i.status)).toEqual(["cancelled"]);
  });

  it("HB-8 a deactivated member may still leave the hub, a deactivated hub administrator too (they are not an active one)", async () => {
    const gone = await addHubPerson(w.db, hubId, "hb8.gone@northwind.example", "hub_member", false);
    const exAdmin = await addHubPerson(w.db, hubId, "hb8.exadmin@northwind.example", "hub_admin", false);
    const as = (personId: string, email: string) => ({ personId, email, name: email });
    expect(outcome(await execute(w.db, as(gone, "hb8.gone@northwind.example"), leaveHub, { hubId }))).toBe("allowed");
    expect(outcome(await execute(w.db, as(exAdmin, "hb8.exadmin@northwind.example"), leaveHub, { hubId }))).toBe("allowed");
    expect(await role(gone)).toBeNull();
    expect(await role(exAdmin)).toBeNull();
  });

  it("HB-8 any member may leave a hub themselves", async () => {
    const zoe = w.actor("projectContributor");
    expect(outcome(await execute(w.db, zoe, leaveHub, { hubId }))).toBe("allowed");
    expect(await role(zoe.personId)).toBeNull();
    expect(outcome(await execute(w.db, zoe, leaveHub, { hubId }))).toBe("not_found");
  });

  it("HB-3 the members table searches, filters by role and activation, sorts and pages by keyset without gaps or repeats", async () => {
    const all = await listHubMembers(w.db, hubId, membersQuery.parse({}), 1000);
    const paged: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await listHubMembers(w.db, hubId, membersQuery.parse({ after }), 3);
      paged.push(...page.rows.map((r) => r.personId));
      if (!page.next) break;
      after = page.next;
    }
    expect(paged).toEqual(all.rows.map((r) => r.personId));
    const byName = await listHubMembers(w.db, hubId, membersQuery.parse({ sort: "name" }), 1000);
    expect(byName.rows.map((r) => r.name)).toEqual([...byName.rows.map((r) => r.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const admins = await listHubMembers(w.db, hubId, membersQuery.parse({ role: "hub_admin" }));
    expect(admins.rows.every((r) => r.role === "hub_admin")).toBe(true);
    const off = await listHubMembers(w.db, hubId, membersQuery.parse({ status: "deactivated" }));
    expect(off.rows.map((r) => r.email)).toEqual(["ivan.petrov@northwind.example"]);
    const nina = await listHubMembers(w.db, hubId, membersQuery.parse({ q: "johansson" }));
    expect(nina.rows).toEqual([expect.objectContaining({ email: "nina.johansson@northwind.example", role: "hub_admin", projects: 4 })]);
    expect(await listHubMembers(w.db, hubId, membersQuery.parse({ after: "not-a-cursor" }))).toMatchObject({ rows: all.rows.slice(0, 50) });
  });
});
