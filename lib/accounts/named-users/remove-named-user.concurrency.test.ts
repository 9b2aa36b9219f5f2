import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { accountAdmins, namedUsers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { changePrimaryAdmin } from "@/lib/accounts/admins/change-primary-admin";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { bulkChangeNamedUsers } from "./bulk-change-named-users";
import { removeNamedUser } from "./remove-named-user";

let w: DemoTestWorld;
let hybrid: string;

beforeAll(async () => {
  w = await createDemoWorldDb("remove_race");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

const primaries = async () =>
  (await w.db.select({ personId: accountAdmins.personId }).from(accountAdmins).where(and(eq(accountAdmins.accountId, hybrid), eq(accountAdmins.role, "primary")))).map((r) => r.personId);

describe("removing named users while the primary admin changes (PostgreSQL)", () => {
  it("UM-10 UM-1 a removal racing the promotion of the same person never deletes the primary admin", async () => {
    const marcus = w.actor("secondaryAdmin");
    for (let round = 0; round < 8; round++) {
      const email = `race${round}.${Date.now()}@example.test`;
      const added = await execute(w.db, marcus, addSecondaryAdmin, { accountId: hybrid, email, firstName: "Race", lastName: `Round${round}` });
      if (!added.ok) throw new Error(added.message);
      const y = added.data.personId;
      const remove =
        round % 2 === 0
          ? execute(w.db, marcus, removeNamedUser, { accountId: hybrid, personId: y })
          : execute(w.db, marcus, bulkChangeNamedUsers, { accountId: hybrid, personIds: [y], change: { kind: "remove" } });
      const promote = execute(w.db, marcus, changePrimaryAdmin, { accountId: hybrid, personId: y, fromPrimaryAdminId: w.pid("primaryAdmin") });
      const [removed, promoted] = await Promise.all([remove, promote]);
      const now = await primaries();
      expect(now).toHaveLength(1);
      const stillUser = (await w.db.select({ p: namedUsers.personId }).from(namedUsers).where(and(eq(namedUsers.accountId, hybrid), eq(namedUsers.personId, y)))).length === 1;
      if (promoted.ok) {
        // Promoted: they are the primary admin and still a named user; the removal was refused.
        expect(now).toEqual([y]);
        expect(stillUser).toBe(true);
        expect(removed.ok && "changed" in removed.data ? removed.data.changed : []).toEqual([]);
        // Hand the role back so that the next round starts from a secondary admin.
        const back = await execute(w.db, w.actor("secondaryAdmin"), changePrimaryAdmin, { accountId: hybrid, personId: w.pid("primaryAdmin"), fromPrimaryAdminId: y });
        expect(back.ok).toBe(true);
      } else {
        expect(stillUser).toBe(false);
        expect(now).not.toContain(y);
      }
    }
  });
});
