import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { hubMembers, people } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { personas } from "@/lib/demo/personas";
import { decide } from "@/lib/permissions";
import { loadGroupMemberChangeFacts, loadHubFacts, loadProjectFacts, loadProjectGroupAddFacts, loadProjectInviteFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { demoProjectIds, type DemoProjectKey } from "@/test/support/projects";
import { addGroupToProject } from "./add-group-to-project";
import { createGroup } from "./create-group";
import * as read from "./load-project-page";
import { addGroupNotes, addMemberNotes, groupMemberNotes, groupMemberPickers, inviteByEmailNotes } from "./pickers";
import { rolesToGive } from "./row-facts";

// Issue 14, defect 10: pickers list only the people (and groups) the policy would accept, filtered
// in SQL on the facts it decides on, and the page says why the others are missing, in its words.
let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("pickers");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});

const LP2 = "Project Contributors cannot view, access, join or be invited to Open projects (LP-2).";
const hubPeople = () =>
  w.db.select({ id: people.id, email: people.email, role: hubMembers.role, active: hubMembers.active }).from(hubMembers).innerJoin(people, eq(people.id, hubMembers.personId)).where(eq(hubMembers.hubId, hubId));
const projectFactsOf = async (key: DemoProjectKey) => (await loadProjectFacts(w.db, w.pid("hubAdmin"), ids[key]))!;

describe("the project page's pickers (issue 14)", () => {
  it("LP-2 the add-member picker of an Open project lists no Project Contributor, and the page says why", async () => {
    const offered = (await read.listAddableMembers(w.db, hubId, ids.plantLayout)).map((o) => o.label);
    expect(offered.some((l) => l.includes(personas.projectContributor.email))).toBe(false);
    expect(offered.some((l) => l.includes("marco"))).toBe(false);
    expect(offered.some((l) => l.includes(personas.hubAdmin.email))).toBe(true);
    const facts = await projectFactsOf("plantLayout");
    expect(addMemberNotes(facts, rolesToGive(facts))).toContain(LP2);
    // On a Closed project they are offered, and the note says which role they cannot get (LP-3).
    const closed = (await read.listAddableMembers(w.db, hubId, ids.spareParts)).map((o) => o.label);
    expect(closed.some((l) => l.includes(personas.projectContributor.email))).toBe(true);
    const tooling = await projectFactsOf("tooling");
    expect(addMemberNotes(tooling, rolesToGive(tooling))).toContain("A Project Contributor cannot be project administrator of a legacy project (LP-3).");
  });

  it("PR-1 HB-8 LP-2 on every demo project, the add-member picker lists exactly the hub members the policy lets a hub administrator add", async () => {
    const everyone = await hubPeople();
    for (const key of Object.keys(ids) as DemoProjectKey[]) {
      const listed = new Set((await read.listAddableMembers(w.db, hubId, ids[key])).map((o) => o.id));
      for (const p of everyone) {
        const facts = (await loadProjectInviteFacts(w.db, w.pid("hubAdmin"), ids[key], p.email, "viewer"))!;
        const d = decide(facts.actor, "projects.invite", facts.resource);
        expect({ project: key, person: p.email, listed: listed.has(p.id) }).toEqual({ project: key, person: p.email, listed: d.allowed });
      }
    }
  });

  it("LP-2 PR-4 the add-group picker of an Open project leaves out groups holding Project Contributors, and says why", async () => {
    const nina = w.actor("hubAdmin");
    const mixed = await execute(w.db, nina, createGroup, { hubId, name: "Pickers with Zoe", memberIds: [w.pid("projectContributor"), w.pid("namedUser")] });
    const plain = await execute(w.db, nina, createGroup, { hubId, name: "Pickers without contributors", memberIds: [w.pid("namedUser")] });
    if (!mixed.ok || !plain.ok) throw new Error("no groups");
    const rows = await read.listHubGroups(w.db, hubId, ids.plantLayout);
    expect(rows.find((g) => g.id === mixed.data.groupId)).toMatchObject({ addable: false });
    expect(rows.find((g) => g.id === plain.data.groupId)).toMatchObject({ addable: true });
    // The SQL's answer is the policy's, group by group.
    for (const g of rows) {
      const facts = (await loadProjectGroupAddFacts(w.db, nina.personId, ids.plantLayout, g.id))!;
      expect({ group: g.label, addable: g.addable }).toEqual({ group: g.label, addable: decide(facts.actor, "projects.addGroup", facts.resource).allowed });
    }
    expect(addGroupNotes(await projectFactsOf("plantLayout"))).toEqual([LP2]);
    expect(addGroupNotes(await projectFactsOf("spareParts"))).toEqual([]);
  });

  it("LP-2 HB-8 the group-member pickers offer no Project Contributor for a group in an Open project, and no deactivated member", async () => {
    const nina = w.actor("hubAdmin");
    const g = await execute(w.db, nina, createGroup, { hubId, name: "Pickers on Plant Layout", memberIds: [] });
    if (!g.ok) throw new Error("no group");
    expect((await execute(w.db, nina, addGroupToProject, { projectId: ids.plantLayout, groupId: g.data.groupId, role: "viewer" })).ok).toBe(true);
    const groups = await read.listHubGroups(w.db, hubId, ids.gearbox);
    const hub = (await loadHubFacts(w.db, nina.personId, hubId))!;
    const pickers = groupMemberPickers(hub, groups, await read.listAddableMembers(w.db, hubId, ids.spareParts));
    const open = pickers.find((p) => p.key === "open")!;
    const any = pickers.find((p) => p.key === "any")!;
    expect(open.groups.map((x) => x.id)).toContain(g.data.groupId);
    expect(any.groups.map((x) => x.id)).not.toContain(g.data.groupId);
    expect(open.people.some((p) => p.label.includes(personas.projectContributor.email))).toBe(false);
    expect(any.people.some((p) => p.label.includes(personas.projectContributor.email))).toBe(true);
    for (const p of [...open.people, ...any.people]) expect(p.label.includes(personas.deactivatedMember.email)).toBe(false);
    // Every pair a picker offers, the policy accepts.
    for (const picker of pickers) {
      for (const person of picker.people) {
        const facts = (await loadGroupMemberChangeFacts(w.db, nina.personId, hubId, picker.groups[0]!.id, person.id, "add"))!;
        expect({ picker: picker.key, person: person.label, allowed: decide(facts.actor, "groups.editMembers", facts.resource).allowed }).toEqual({ picker: picker.key, person: person.label, allowed: true });
      }
    }
    expect(groupMemberNotes(hub, true)).toEqual(["A deactivated member joins no project or group until a hub administrator reactivates them (HB-8).", LP2]);
  });

  it("LP-2 LP-3 HB-5 the invite-by-email form says whom it cannot invite, in the policy's words", async () => {
    const open = await projectFactsOf("plantLayout");
    expect(inviteByEmailNotes(open, rolesToGive(open))).toEqual([LP2]);
    const closed = await projectFactsOf("tooling");
    expect(inviteByEmailNotes(closed, rolesToGive(closed))).toEqual(["A Project Contributor cannot be project administrator of a legacy project (LP-3)."]);
    const folder = await projectFactsOf("gearbox");
    expect(inviteByEmailNotes(folder, rolesToGive(folder))).toEqual([]);
  });

  it("PR-1 a member through a group only is not offered by the add-member picker", async () => {
    // Conveyor Line 4 holds the Mechanical Team group (Leo, Tom, Kenji, Lucas).
    const offered = (await read.listAddableMembers(w.db, hubId, ids.conveyor));
    const [tom] = await w.db.select({ id: hubMembers.personId }).from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, w.pid("namedUser"))));
    expect(offered.map((o) => o.id)).not.toContain(tom!.id);
  });
});
