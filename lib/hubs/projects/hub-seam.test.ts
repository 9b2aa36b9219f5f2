import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/lib/actions/define-action";
import { decide, type ProjectResource } from "@/lib/permissions";
import { loadActorHubFacts, loadProjectFacts, loadProjectShareFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { demoProjectIds, DEMO_PROJECTS, type DemoProjectKey } from "@/test/support/projects";
import { changeHubRole } from "../change-hub-role";
import { setMemberActivation } from "../set-member-activation";
import { listProjects } from "./list-projects";
import { readProject } from "./read-project";
import { createItem } from "./create-item";
import { requestJoin } from "./request-join";
import { outcome } from "@/test/support/outcome";

// The seam between hub administration (lib/hubs) and hub projects (lib/hubs/projects): a
// change made through the hub's use cases shows in the projects' use cases on the next
// request (each call here loads its facts afresh, as each request does).

let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("hubseam");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});

async function listed(personId: string): Promise<string[]> {
  const m = await loadActorHubFacts(w.db, personId, hubId);
  if (!m) return [];
  return (await listProjects(w.db, personId, m, {})).rows.map((r) => r.name);
}

/** What the project page decides first (app/(portal)/hubs/[hubId]/projects/[projectId]/page.tsx). */
async function projectPage(personId: string, projectId: string) {
  const share = await loadProjectShareFacts(w.db, personId, projectId);
  if (!share) return "not_found";
  const resource: ProjectResource = { kind: "project", hub: share.resource.hub, project: share.resource.project };
  const sight = decide(share.actor, "projects.viewInList", resource);
  if (!sight.allowed && !sight.visible) return "not_found";
  const open = decide(share.actor, "projects.open", resource);
  return open.allowed ? "allowed" : `denied ${open.rule}`;
}

describe("LP-4: a Project Contributor made Hub Member through the members use case", () => {
  it("LP-4 HB-10 LP-5 on the very next request the list shows what a Hub Member sees, an Open project opens, and a Closed one can be asked to join", async () => {
    const zoe = w.pid("projectContributor");
    const before = await listed(zoe);
    expect(before).not.toContain(DEMO_PROJECTS.plantLayout);
    expect(before).not.toContain(DEMO_PROJECTS.spareParts);
    expect(await projectPage(zoe, ids.plantLayout)).toBe("not_found");
    expect(outcome(await readProject(w.db, zoe, ids.plantLayout, "projects.readContent"))).toBe("not_found");

    expect(outcome(await execute(w.db, w.actor("hubAdmin"), changeHubRole, { hubId, personId: zoe, role: "hub_member" }))).toBe("allowed");

    const after = await listed(zoe);
    expect(after).toContain(DEMO_PROJECTS.plantLayout);
    expect(after).toContain(DEMO_PROJECTS.spareParts);
    expect(after).not.toContain(DEMO_PROJECTS.falcon);
    expect(await projectPage(zoe, ids.plantLayout)).toBe("allowed");
    expect(outcome(await readProject(w.db, zoe, ids.plantLayout, "projects.readContent"))).toBe("allowed");
    expect(outcome(await execute(w.db, w.actor("projectContributor"), requestJoin, { projectId: ids.spareParts }))).toBe("allowed");
  });
});

describe("HB-8: a member deactivated through the members use case", () => {
  it("HB-8 their very next project page load and project action are refused with HB-8, their project role kept; reactivated, both work again", async () => {
    const leo = w.pid("hubMember");
    const leoActor = w.actor("hubMember");
    // Leo is an Editor of Gearbox Redesign in the demo world.
    expect(await projectPage(leo, ids.gearbox)).toBe("allowed");
    expect(outcome(await execute(w.db, leoActor, createItem, { projectId: ids.gearbox, kind: "folder", name: "Before HB-8" }))).toBe("allowed");

    expect(outcome(await execute(w.db, w.actor("hubAdmin"), setMemberActivation, { hubId, personId: leo, active: false }))).toBe("allowed");
    expect(await projectPage(leo, ids.gearbox)).toBe("denied HB-8");
    expect(outcome(await readProject(w.db, leo, ids.gearbox, "projects.readContent"))).toBe("denied HB-8");
    expect(outcome(await execute(w.db, leoActor, createItem, { projectId: ids.gearbox, kind: "folder", name: "During HB-8" }))).toBe("denied HB-8");
    expect(outcome(await execute(w.db, leoActor, requestJoin, { projectId: ids.spareParts }))).toBe("denied HB-8");
    expect(await listed(leo)).toEqual([]);
    const facts = await loadProjectFacts(w.db, leo, ids.gearbox);
    expect(facts?.actor.project?.role).toBe("editor");

    expect(outcome(await execute(w.db, w.actor("hubAdmin"), setMemberActivation, { hubId, personId: leo, active: true }))).toBe("allowed");
    expect(await projectPage(leo, ids.gearbox)).toBe("allowed");
    expect(outcome(await execute(w.db, leoActor, createItem, { projectId: ids.gearbox, kind: "folder", name: "After HB-8" }))).toBe("allowed");
  });
});
