import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execute } from "@/lib/actions/define-action";
import { loadProjectInfo } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHubPerson, fillProject } from "@/test/support/projects";
import { createProject } from "./create-project";
import { addProjectMember } from "./add-project-member";
import { addGroupToProject } from "./add-group-to-project";
import { createGroup } from "./create-group";
import { requestJoin } from "./request-join";
import { decideJoinRequest } from "./decide-join-request";
import { findOrCreatePerson } from "@/lib/people/people";
import { acceptInvitation } from "../invitations/accept-invitation";
import { inviteToProject } from "../invitations/invite-to-project";

let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("projcap");
  hubId = w.world.hubId;
});
afterAll(async () => {
  await w?.drop();
});

async function projectWith(members: number, name: string): Promise<string> {
  const r = await execute(w.db, w.actor("hubAdmin"), createProject, { hubId, name, kind: "folder" });
  if (!r.ok) throw new Error("no project");
  await fillProject(w.db, hubId, r.data.projectId, members - 1, name.replace(/\W/g, ""));
  return r.data.projectId;
}

describe("PR-6 at most 500 members, under concurrency", () => {
  it("PR-6 two additions racing for the last place: exactly one wins (the project row is locked before counting)", async () => {
    const projectId = await projectWith(499, "Cap race people");
    expect((await loadProjectInfo(w.db, projectId))!.memberCount).toBe(499);
    const a = await addHubPerson(w.db, hubId, "race.a@northwind.example", "hub_member");
    const b = await addHubPerson(w.db, hubId, "race.b@northwind.example", "hub_member");
    const results = await Promise.all([a, b].map((personId) => execute(w.db, w.actor("hubAdmin"), addProjectMember, { projectId, personId, role: "viewer" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: "denied", rule: "PR-6" })]);
    expect((await loadProjectInfo(w.db, projectId))!.memberCount).toBe(500);
  });

  it("PR-6 a group counts as one: a person and a group racing for the last place, exactly one wins", async () => {
    const projectId = await projectWith(499, "Cap race group");
    const g = await execute(w.db, w.actor("hubAdmin"), createGroup, { hubId, name: "Racers", memberIds: [w.pid("namedUser"), w.pid("secondaryAdmin")] });
    if (!g.ok) throw new Error("no group");
    const c = await addHubPerson(w.db, hubId, "race.c@northwind.example", "hub_member");
    const results = await Promise.all([
      execute(w.db, w.actor("hubAdmin"), addProjectMember, { projectId, personId: c, role: "viewer" }),
      execute(w.db, w.actor("hubAdmin"), addGroupToProject, { projectId, groupId: g.data.groupId, role: "viewer" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "denied", rule: "PR-6" });
    expect((await loadProjectInfo(w.db, projectId))!.memberCount).toBe(500);
  });

  it("PR-6 PR-2 approving a join request into a full project is refused: the cap holds for approvals too", async () => {
    const projectId = await projectWith(500, "Cap full join");
    const r = await execute(w.db, w.actor("secondaryAdmin"), requestJoin, { projectId });
    if (!r.ok) throw new Error("no request");
    expect(await execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "approve" })).toMatchObject({ ok: false, code: "denied", rule: "PR-6" });
    expect(await execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "decline" })).toMatchObject({ ok: true });
  });

  it("PR-2 an approval and a decline of one request at the same moment: exactly one decides it", async () => {
    const projectId = await projectWith(3, "Race decide");
    const r = await execute(w.db, w.actor("namedUser"), requestJoin, { projectId });
    if (!r.ok) throw new Error("no request");
    const results = await Promise.all([
      execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "approve" }),
      execute(w.db, w.actor("primaryAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "decline" }),
    ]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.find((x) => !x.ok)).toMatchObject({ code: "denied", rule: "PR-2" });
  });

  it("PR-6 accepting an invitation and approving a join request, racing for the last place: exactly one wins (both facts loaders lock the project row before counting)", async () => {
    vi.stubEnv("AUTH_URL", "https://portal.test.example");
    try {
      for (let round = 0; round < 3; round++) {
        const projectId = await projectWith(499, `Cap race accept ${round}`);
        const email = `race.accept${round}@guest.example`;
        const inv = await execute(w.db, w.actor("hubAdmin"), inviteToProject, { projectId, email, role: "viewer" });
        if (!inv.ok) throw new Error(JSON.stringify(inv));
        const { person } = await findOrCreatePerson(w.db, { email, firstName: "Race", lastName: `Accept${round}` });
        const asker = await addHubPerson(w.db, hubId, `race.ask${round}@northwind.example`, "hub_member");
        const req = await execute(w.db, { personId: asker, email: `race.ask${round}@northwind.example`, name: "Asker" }, requestJoin, { projectId });
        if (!req.ok) throw new Error(JSON.stringify(req));
        const results = await Promise.all([
          execute(w.db, { personId: person.id, email, name: person.label }, acceptInvitation, { invitationId: inv.data.invitationId }),
          execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: req.data.requestId, decision: "approve" }),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.find((r) => !r.ok)).toMatchObject({ code: "denied", rule: "PR-6" });
        expect((await loadProjectInfo(w.db, projectId))!.memberCount).toBe(500);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
