import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { people } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { findOrCreatePeople, findOrCreatePerson, normaliseEmail, personLabel } from "./people";

let w: DemoTestWorld;

beforeAll(async () => {
  w = await createDemoWorldDb("people");
});
afterAll(async () => {
  await w?.drop();
});

describe("people: one person per email", () => {
  it("UM-5 parallel creations of one new email make one person, and every caller gets it (PostgreSQL)", async () => {
    const email = `race.${Date.now()}@example.test`;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => w.db.transaction((tx) => findOrCreatePerson(tx, { email: i % 2 ? email.toUpperCase() : email, firstName: "Ada", lastName: `Racer${i}` }))),
    );
    const ids = new Set(results.map((r) => r.person.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await w.db.select({ id: people.id }).from(people).where(eq(people.email, email))).toHaveLength(1);
  });

  it("UM-5 finding an existing person changes nothing of theirs: not their name, not anything outside the account", async () => {
    const before = (await w.db.select().from(people).where(eq(people.id, w.pid("otherAccountAdmin"))))[0]!;
    const found = await w.db.transaction((tx) => findOrCreatePeople(tx, [{ email: ` ${before.email.toUpperCase()} `, firstName: "Someone", lastName: "Else" }]));
    expect(found.get(before.email)).toEqual({ id: before.id, created: false, firstName: before.firstName });
    // Through a use case too: Northwind adds Contoso's primary admin as a named user under another name.
    const added = await execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: w.world.accountIds.hybrid, email: before.email, firstName: "Renamed", lastName: "Person" });
    expect(added).toMatchObject({ ok: true, data: { personCreated: false } });
    expect((await w.db.select().from(people).where(eq(people.id, before.id)))[0]).toEqual(before);
  });

  it("UM-5 emails are normalised one way and labels read 'Name <email>'", () => {
    expect(normaliseEmail("  Ada.Byron@Example.TEST ")).toBe("ada.byron@example.test");
    expect(personLabel({ name: "Ada Byron", email: "ada@example.test" })).toBe("Ada Byron <ada@example.test>");
    expect(personLabel({ firstName: "Ada", lastName: "Byron", email: "ada@example.test" })).toBe("Ada Byron <ada@example.test>");
    expect(personLabel({ name: null, email: "ada@example.test" })).toBe("ada@example.test");
  });
});
