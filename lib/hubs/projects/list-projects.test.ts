import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { execute } from "@/lib/actions/define-action";
import { decide } from "@/lib/permissions";
import { loadActorHubFacts, loadProjectFacts } from "@/lib/permissions/facts";
import type { PersonaKey } from "@/lib/demo/personas";
import { hubMembers, projectMembers, projects } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { demoProjectIds, DEMO_PROJECTS, directRole, type DemoProjectKey } from "@/test/support/projects";
import { listProjects, type ProjectListQuery } from "./list-projects";
import { createProject } from "./create-project";

let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("projlist");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});

async function names(who: PersonaKey, query: ProjectListQuery = {}, pageSize?: number) {
  const m = await loadActorHubFacts(w.db, w.pid(who), hubId);
  if (!m) return [];
  return (await listProjects(w.db, w.pid(who), m, query, pageSize)).rows.map((r) => r.name);
}
const all = Object.values(DEMO_PROJECTS);

describe("the projects list is scoped in SQL", () => {
  it("HB-9 LP-6 a hub administrator sees every project of the hub, Secret ones included", async () => {
    expect((await names("hubAdmin")).sort()).toEqual([...all].sort());
  });

  it("FP-4 LP-5 LP-6 a Hub Member sees every folder-level project, Open and Closed ones, and no Secret project they are not in", async () => {
    const seen = await names("secondaryAdmin");
    expect(seen.sort()).toEqual([DEMO_PROJECTS.gearbox, DEMO_PROJECTS.conveyor, DEMO_PROJECTS.spareParts, DEMO_PROJECTS.plantLayout, DEMO_PROJECTS.tooling].sort());
    expect(seen).not.toContain(DEMO_PROJECTS.falcon);
  });

  it("FP-2 LP-3 a Project Contributor sees only the projects they belong to", async () => {
    expect((await names("projectContributor")).sort()).toEqual([DEMO_PROJECTS.gearbox, DEMO_PROJECTS.tooling].sort());
  });

  it("LP-2 a Project Contributor with a member row in an Open project still does not see it (the SQL does not rely on that state being impossible)", async () => {
    const zoe = w.pid("projectContributor");
    await w.db.insert(projectMembers).values({ projectId: ids.plantLayout, personId: zoe, role: "viewer" });
    try {
      expect(await names("projectContributor")).not.toContain(DEMO_PROJECTS.plantLayout);
    } finally {
      await w.db.delete(projectMembers).where(and(eq(projectMembers.projectId, ids.plantLayout), eq(projectMembers.personId, zoe)));
    }
  });

  it("LP-4 a Project Contributor made Hub Member by a hub administrator sees the Hub Members' projects on the very next request", async () => {
    const marco = w.pid("projectContributor");
    expect(await names("projectContributor")).not.toContain(DEMO_PROJECTS.plantLayout);
    // The role change itself is the hub administration's (issue 9); here its effect on the list.
    await w.db.update(hubMembers).set({ role: "hub_member" }).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, marco)));
    try {
      const seen = await names("projectContributor");
      expect(seen).toContain(DEMO_PROJECTS.plantLayout);
      expect(seen).toContain(DEMO_PROJECTS.spareParts);
      expect(seen).not.toContain(DEMO_PROJECTS.falcon);
    } finally {
      await w.db.update(hubMembers).set({ role: "project_contributor" }).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, marco)));
    }
  });

  it("HB-8 a deactivated member sees no project", async () => {
    expect(await names("deactivatedMember")).toEqual([]);
  });

  it("HB-9 search, kind and membership filters narrow the list; keyset pages neither skip nor repeat", async () => {
    expect(await names("hubAdmin", { q: "line" })).toEqual([DEMO_PROJECTS.conveyor]);
    expect(await names("hubAdmin", { q: "%" })).toEqual([]);
    expect(await names("hubAdmin", { kind: "secret" })).toEqual([DEMO_PROJECTS.falcon]);
    expect((await names("hubAdmin", { kind: "folder" })).length).toBe(3);
    expect((await names("hubMember", { membership: "mine" })).sort()).toEqual([DEMO_PROJECTS.gearbox, DEMO_PROJECTS.conveyor, DEMO_PROJECTS.plantLayout].sort());
    expect((await names("hubMember", { membership: "others" })).sort()).toEqual([DEMO_PROJECTS.spareParts, DEMO_PROJECTS.tooling].sort());
    const m = (await loadActorHubFacts(w.db, w.pid("hubAdmin"), hubId))!;
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await listProjects(w.db, w.pid("hubAdmin"), m, { after }, 4);
      seen.push(...page.rows.map((r) => r.name));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual([...all].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect((await listProjects(w.db, w.pid("hubAdmin"), m, { after: "garbage!" })).invalidCursor).toBe(true);
  });
});

describe("the list's SQL agrees with the policy", () => {
  it("HB-9 FP-2 FP-4 LP-2 LP-5 LP-6 every hub member's list holds exactly the projects decide lets them see", async () => {
    const members = await w.db.select({ personId: hubMembers.personId }).from(hubMembers).where(eq(hubMembers.hubId, hubId));
    const every = await w.db.select({ id: projects.id }).from(projects).where(eq(projects.hubId, hubId));
    for (const { personId } of members) {
      const m = (await loadActorHubFacts(w.db, personId, hubId))!;
      const listed = new Set((await listProjects(w.db, personId, m, {}, 500)).rows.map((r) => r.projectId));
      for (const p of every) {
        const pf = (await loadProjectFacts(w.db, personId, p.id))!;
        const allowed = decide(pf.actor, "projects.viewInList", pf.resource).allowed;
        expect({ personId, project: p.id, listed: listed.has(p.id) }).toEqual({ personId, project: p.id, listed: allowed });
      }
    }
  });
});

describe("creating a project", () => {
  it("FP-4 LP-5 a Hub Member creates folder-level and legacy projects and becomes their Project Administrator", async () => {
    for (const kind of ["folder", "open", "closed", "secret"] as const) {
      const r = await execute(w.db, w.actor("hubMember"), createProject, { hubId, name: `Leo ${kind}`, kind });
      expect(r.ok).toBe(true);
      if (r.ok) expect(await directRole(w.db, r.data.projectId, w.pid("hubMember"))).toBe("project_admin");
    }
    expect(await names("hubMember")).toContain("Leo secret");
    expect(await names("secondaryAdmin")).not.toContain("Leo secret");
  });

  it("FP-4 a hub administrator creates projects", async () => {
    expect((await execute(w.db, w.actor("hubAdmin"), createProject, { hubId, name: "Nina folder", kind: "folder" })).ok).toBe(true);
  });

  it("FP-2 LP-3 a Project Contributor cannot create projects; HB-8 nor can a deactivated member; outsiders get not found", async () => {
    expect(await execute(w.db, w.actor("projectContributor"), createProject, { hubId, name: "Zoe's", kind: "closed" })).toMatchObject({ ok: false, code: "denied", rule: "FP-2" });
    expect(await execute(w.db, w.actor("deactivatedMember"), createProject, { hubId, name: "Ivan's", kind: "folder" })).toMatchObject({ ok: false, code: "denied", rule: "HB-8" });
    expect(await execute(w.db, w.actor("otherAccountAdmin"), createProject, { hubId, name: "Grace's", kind: "folder" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("LP-1 an unknown kind or a blank name is invalid input", async () => {
    expect(await execute(w.db, w.actor("hubMember"), createProject, { hubId, name: "x", kind: "public" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await execute(w.db, w.actor("hubMember"), createProject, { hubId, name: "  ", kind: "folder" })).toMatchObject({ ok: false, code: "invalid" });
  });
});
