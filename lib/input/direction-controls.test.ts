import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, ilike } from "drizzle-orm";
import { auditEvents, namedUsers, outboxEmails, people } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import { editNamedUser } from "@/lib/accounts/named-users/edit-named-user";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { DIRECTION_CONTROL_MESSAGE } from "./schemas";

// Issue 14, defect 9: a name holding U+202E (RIGHT-TO-LEFT OVERRIDE) was stored and shown reversed.
let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("direction_controls");
});
afterAll(async () => {
  await w?.drop();
});

const total = async (table: typeof namedUsers | typeof auditEvents | typeof outboxEmails | typeof people) => (await w.db.select({ n: count() }).from(table))[0]!.n;

describe("direction controls in names", () => {
  it("security: adding a named user whose name holds a direction control is refused with the field's message, and nothing is written", async () => {
    const before = { people: await total(people), named: await total(namedUsers), audit: await total(auditEvents), outbox: await total(outboxEmails) };
    for (const [firstName, lastName] of [
      ["Ada\u202Eecalevol", "Byron"],
      ["Ada", "\u2067Byron\u2069"],
    ]) {
      const result = await execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: w.world.accountIds.hybrid, email: "rlo.name@example.test", firstName, lastName });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe("invalid");
      if (result.code !== "invalid") return;
      expect(Object.values(result.fieldErrors).flat()).toContain(DIRECTION_CONTROL_MESSAGE);
    }
    expect(await w.db.select({ id: people.id }).from(people).where(ilike(people.email, "rlo.name@%"))).toEqual([]);
    expect({ people: await total(people), named: await total(namedUsers), audit: await total(auditEvents), outbox: await total(outboxEmails) }).toEqual(before);
  });

  it("security: renaming a named user to a name with an override is refused and the stored name stays", async () => {
    const added = await execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: w.world.accountIds.hybrid, email: "plain.name@example.test", firstName: "Plain", lastName: "Name" });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const edited = await execute(w.db, w.actor("primaryAdmin"), editNamedUser, { accountId: w.world.accountIds.hybrid, personId: added.data.personId, firstName: "\u202DPlain", lastName: "Name" });
    expect(edited).toMatchObject({ ok: false, code: "invalid", fieldErrors: { firstName: [DIRECTION_CONTROL_MESSAGE] } });
    expect((await w.db.select({ name: people.name }).from(people).where(eq(people.id, added.data.personId)))[0]?.name).toBe("Plain Name");
  });
});
