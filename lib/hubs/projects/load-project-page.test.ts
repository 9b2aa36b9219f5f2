import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/lib/actions/define-action";
import { personas } from "@/lib/demo/personas";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { demoProjectIds, type DemoProjectKey } from "@/test/support/projects";
import * as read from "./load-project-page";
import { requestJoin } from "./request-join";
import { decideJoinRequest } from "./decide-join-request";

let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
beforeAll(async () => {
  w = await createDemoWorldDb("projpage");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
});
afterAll(async () => {
  await w?.drop();
});

describe("the project page's reads", () => {
  it("PR-1 members come with their project and hub roles; groups with their size", async () => {
    const members = await read.listProjectMembers(w.db, ids.gearbox, hubId);
    expect(members.find((m) => m.label.includes(personas.projectContributor.email))).toMatchObject({ role: "editor", hubRole: "project_contributor" });
    expect(members.find((m) => m.label.includes(personas.hubAdmin.email))).toMatchObject({ role: "project_admin", hubRole: "hub_admin" });
    expect(await read.listProjectGroups(w.db, ids.conveyor)).toEqual([expect.objectContaining({ name: "Mechanical Team", role: "editor", members: 4 })]);
  });

  it("PR-3 HB-8 the add-member picker offers active hub members who are not in the project yet", async () => {
    const offered = (await read.listAddableMembers(w.db, hubId, ids.gearbox)).map((o) => o.label);
    expect(offered.some((l) => l.includes(personas.secondaryAdmin.email))).toBe(true);
    expect(offered.some((l) => l.includes(personas.hubMember.email))).toBe(false);
    expect(offered.some((l) => l.includes(personas.deactivatedMember.email))).toBe(false);
  });

  it("PR-2 pending join requests for administrators; the requester's own latest outcome", async () => {
    expect((await read.listPendingJoinRequests(w.db, ids.tooling)).map((r) => r.label)).toEqual([expect.stringContaining(personas.namedUser.email)]);
    const r = await execute(w.db, w.actor("secondaryAdmin"), requestJoin, { projectId: ids.spareParts });
    if (!r.ok) throw new Error("no request");
    expect(await read.myLatestJoinRequest(w.db, ids.spareParts, w.pid("secondaryAdmin"))).toMatchObject({ status: "pending" });
    await execute(w.db, w.actor("hubAdmin"), decideJoinRequest, { requestId: r.data.requestId, decision: "decline" });
    expect(await read.myLatestJoinRequest(w.db, ids.spareParts, w.pid("secondaryAdmin"))).toMatchObject({ status: "declined" });
  });

  it("PR-5 transfer candidates are the actor's other hubs, with their role there", async () => {
    expect(await read.listTransferDestinations(w.db, w.pid("hubMember"), hubId)).toEqual([expect.objectContaining({ label: "Northwind Service Hub", role: "hub_member", active: true })]);
    expect(await read.listTransferDestinations(w.db, w.pid("projectContributor"), hubId)).toEqual([expect.objectContaining({ role: "project_contributor" })]);
    expect(await read.listTransferDestinations(w.db, w.pid("namedUser"), hubId)).toEqual([]);
  });

  it("HB-3 the live share links of the project; its content, folders first", async () => {
    expect((await read.listActiveShareLinks(w.db, ids.gearbox)).map((l) => l.itemName)).toEqual(["gearbox-housing.ipt"]);
    const items = await read.listProjectItems(w.db, ids.gearbox);
    expect(items.slice(0, 2).map((i) => i.kind)).toEqual(["folder", "folder"]);
  });
});
