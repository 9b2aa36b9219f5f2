import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { hubMembers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { changeHubRole } from "./change-hub-role";
import { leaveHub } from "./leave-hub";
import { removeHubMember } from "./remove-hub-member";
import { setMemberActivation } from "./set-member-activation";

// HB-8 under concurrency needs real PostgreSQL (PGlite runs transactions one at a time).
let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("hb8");
  hubId = w.world.hubId;
});
afterAll(async () => {
  await w?.drop();
});

const activeAdmins = async () =>
  (await w.db.select({ personId: hubMembers.personId }).from(hubMembers).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.role, "hub_admin"), eq(hubMembers.active, true)))).map((r) => r.personId);

async function resetTwoAdmins() {
  for (const key of ["primaryAdmin", "hubAdmin"] as const) {
    await w.db.update(hubMembers).set({ role: "hub_admin", active: true }).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, w.pid(key))));
  }
  expect((await activeAdmins()).sort()).toEqual([w.pid("primaryAdmin"), w.pid("hubAdmin")].sort());
}

describe("HB-8 under concurrency", () => {
  it("HB-8 two hub administrators demoting each other at the same moment leave exactly one", async () => {
    for (let round = 0; round < 5; round++) {
      await resetTwoAdmins();
      const [a, b] = [w.actor("primaryAdmin"), w.actor("hubAdmin")];
      const results = await Promise.all([
        execute(w.db, a, changeHubRole, { hubId, personId: b.personId, role: "hub_member" }),
        execute(w.db, b, changeHubRole, { hubId, personId: a.personId, role: "hub_member" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await activeAdmins()).toHaveLength(1);
    }
  });

  it("HB-8 two hub administrators deactivating each other, or one demoting while the other leaves or is removed, leave exactly one", async () => {
    const pairs = [
      (a: ReturnType<DemoTestWorld["actor"]>, b: ReturnType<DemoTestWorld["actor"]>) => [
        execute(w.db, a, setMemberActivation, { hubId, personId: b.personId, active: false }),
        execute(w.db, b, setMemberActivation, { hubId, personId: a.personId, active: false }),
      ],
      (a: ReturnType<DemoTestWorld["actor"]>, b: ReturnType<DemoTestWorld["actor"]>) => [
        execute(w.db, a, leaveHub, { hubId }),
        execute(w.db, b, changeHubRole, { hubId, personId: b.personId, role: "hub_member" }),
      ],
      (a: ReturnType<DemoTestWorld["actor"]>, b: ReturnType<DemoTestWorld["actor"]>) => [
        execute(w.db, a, removeHubMember, { hubId, personId: b.personId }),
        execute(w.db, b, setMemberActivation, { hubId, personId: a.personId, active: false }),
      ],
    ];
    for (const race of pairs) {
      // A removal or leaving deletes the row: put it back for the next race.
      for (const key of ["primaryAdmin", "hubAdmin"] as const) {
        await w.db.insert(hubMembers).values({ hubId, personId: w.pid(key), role: "hub_admin" }).onConflictDoNothing();
      }
      await resetTwoAdmins();
      const results = await Promise.all(race(w.actor("primaryAdmin"), w.actor("hubAdmin")));
      expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(1);
      expect(await activeAdmins()).toHaveLength(1);
    }
  });
});
