import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { groupMembers, groups } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { addJoinDomain } from "@/lib/hubs/add-join-domain";
import { setHubSharing } from "@/lib/hubs/set-hub-sharing";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { demoProjectIds, type DemoProjectKey } from "@/test/support/projects";
import { createShareLink } from "./create-share-link";
import { editGroupMembers } from "./edit-group-members";
import { promoteProjectAdmin } from "./promote-project-admin";

// Issue 14, defect 11: refusals services used to throw (or hid as conflicts) are the policy's now:
// the same words as the permission matrix, answered as "denied" with the rule.
let w: DemoTestWorld;
let hubId: string;
let ids: Record<DemoProjectKey, string>;
let mechanical: string;
beforeAll(async () => {
  w = await createDemoWorldDb("policyrefusals");
  hubId = w.world.hubId;
  ids = await demoProjectIds(w.db);
  const [g] = await w.db.select({ id: groups.id }).from(groups).where(and(eq(groups.hubId, hubId), eq(groups.name, "Mechanical Team")));
  mechanical = g!.id;
});
afterAll(async () => {
  await w?.drop();
});

describe("refusals decided by the policy, not thrown by services", () => {
  it("PR-1 a member of a project only through a group is told to be added directly before being made its administrator", async () => {
    // Tom is in Conveyor Line 4 through the Mechanical Team group only.
    const r = await execute(w.db, w.actor("hubAdmin"), promoteProjectAdmin, { projectId: ids.conveyor, personId: w.pid("namedUser") });
    expect(r).toEqual({
      ok: false,
      code: "denied",
      rule: "PR-1",
      reason: "This person is in the project only through a group: add them to it directly before making them its administrator (PR-1).",
      message: "This person is in the project only through a group: add them to it directly before making them its administrator (PR-1).",
    });
  });

  it("HB-8 a deactivated member is not added to a group (its projects would follow)", async () => {
    const r = await execute(w.db, w.actor("hubAdmin"), editGroupMembers, { hubId, groupId: mechanical, personId: w.pid("deactivatedMember"), change: "add" });
    expect(r).toMatchObject({ ok: false, code: "denied", rule: "HB-8" });
    const rows = await w.db.select().from(groupMembers).where(and(eq(groupMembers.groupId, mechanical), eq(groupMembers.personId, w.pid("deactivatedMember"))));
    expect(rows).toEqual([]);
  });

  it("PR-4 someone outside the hub is refused by the policy when added to a group", async () => {
    const r = await execute(w.db, w.actor("hubAdmin"), editGroupMembers, { hubId, groupId: mechanical, personId: w.pid("otherAccountAdmin"), change: "add" });
    expect(r).toMatchObject({ ok: false, code: "denied", rule: "PR-4", reason: "A group holds only members of this hub (PR-4)." });
  });

  it("HB-3 a public-mail join domain and a link while sharing is off are refused with the matrix's words", async () => {
    expect(await execute(w.db, w.actor("hubAdmin"), addJoinDomain, { hubId, domain: "gmail.com" })).toMatchObject({
      ok: false,
      code: "denied",
      rule: "HB-3",
      reason: "gmail.com is a public email service: anyone can have an address there, so it cannot be a join domain (HB-3).",
    });
    expect(await execute(w.db, w.actor("hubAdmin"), setHubSharing, { hubId, enabled: false })).toMatchObject({ ok: true });
    try {
      const r = await execute(w.db, w.actor("hubAdmin"), createShareLink, { projectId: ids.gearbox, itemId: "00000000-0000-4000-8000-000000000000" });
      expect(r).toMatchObject({ ok: false, code: "denied", rule: "HB-3", reason: "Public sharing is turned off for this hub by its administrators (HB-3)." });
    } finally {
      await execute(w.db, w.actor("hubAdmin"), setHubSharing, { hubId, enabled: true });
    }
  });
});
