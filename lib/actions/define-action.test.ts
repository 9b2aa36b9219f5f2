import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { accountAdmins, auditEvents, namedUsers, people } from "@/db/schema";
import { loadAccountFacts, loadAccountPersonFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import { LIMITS } from "@/lib/security/limits";
import { defineAction, execute } from "./define-action";

// The executor is exercised with small use cases defined here on real catalogue actions,
// so that what is checked is the wrapper: validation, decision, transaction, audit, errors.
let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("action");
  // The rename below needs a name that is the account's to edit (UM-5 Decision): Tom as if he had never signed in.
  await w.db.update(people).set({ emailVerified: null, lastSignInAt: null }).where(eq(people.id, w.pid("namedUser")));
});
afterAll(async () => {
  await w?.drop();
});

const renameInput = z.object({
  accountId: z.uuid(),
  personId: z.string().min(1),
  firstName: z.string().trim().min(1, "Enter a first name.").max(100),
  fail: z.enum(["no", "after-write"]).default("no"),
});

const renameUser = defineAction({
  input: renameInput,
  action: "namedUsers.edit",
  facts: (tx, input, actor) => loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId),
  run: async (tx, input) => {
    const [before] = await tx.select({ firstName: people.firstName }).from(people).where(eq(people.id, input.personId));
    await tx.update(people).set({ firstName: input.firstName }).where(eq(people.id, input.personId));
    if (input.fail === "after-write") throw new Error("boom after the write");
    return {
      data: { personId: input.personId },
      audit: {
        action: "named_user.renamed",
        accountId: input.accountId,
        targetType: "person",
        targetId: input.personId,
        before: { firstName: before?.firstName },
        after: { firstName: input.firstName },
      },
    };
  },
});

const forceAdmin = defineAction({
  input: z.object({ accountId: z.uuid(), personId: z.string(), grantTo: z.string() }),
  action: "namedUsers.edit",
  facts: (tx, input, actor) => loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId),
  run: async (tx, input) => {
    // Bypasses the policy's UM-4 check on purpose: the database constraint must still hold.
    await tx.insert(namedUsers).values({ accountId: input.accountId, personId: input.grantTo, status: "active" });
    await tx.insert(accountAdmins).values({ accountId: input.accountId, personId: input.grantTo, role: "secondary" });
    return { data: null, audit: { action: "test.force_admin", targetType: "person" } };
  },
});

async function firstNameOf(personId: string) {
  const [row] = await w.db.select({ firstName: people.firstName }).from(people).where(eq(people.id, personId));
  return row?.firstName;
}
async function auditCount(action: string) {
  return (await w.db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.action, action))).length;
}

describe("the action executor", () => {
  it("AU-1 an allowed change and its one audit event are written together, with before and after", async () => {
    const accountId = w.world.accountIds.hybrid;
    const result = await execute(w.db, w.actor("secondaryAdmin"), renameUser, { accountId, personId: w.pid("namedUser"), firstName: "Thomas" });
    expect(result).toEqual({ ok: true, data: { personId: w.pid("namedUser") } });
    expect(await firstNameOf(w.pid("namedUser"))).toBe("Thomas");
    const events = await w.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "named_user.renamed"), eq(auditEvents.targetId, w.pid("namedUser"))));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ accountId, before: { firstName: "Tom" }, after: { firstName: "Thomas" }, actorId: w.pid("secondaryAdmin"), actorLabel: "Marcus Chen" });
  });

  it("AU-1 a change that fails after writing leaves neither the change nor an audit event", async () => {
    const before = await auditCount("named_user.renamed");
    const result = await execute(w.db, w.actor("primaryAdmin"), renameUser, {
      accountId: w.world.accountIds.hybrid,
      personId: w.pid("namedUser"),
      firstName: "Half",
      fail: "after-write",
    });
    expect(result).toEqual({ ok: false, code: "error", message: "Something went wrong and nothing was changed. Try again." });
    expect(await firstNameOf(w.pid("namedUser"))).toBe("Thomas");
    expect(await auditCount("named_user.renamed")).toBe(before);
  });

  it("UM-5 a refused action returns the rule and its reason and writes nothing", async () => {
    const result = await execute(w.db, w.actor("namedUser"), renameUser, {
      accountId: w.world.accountIds.hybrid,
      personId: w.pid("secondaryAdmin"),
      firstName: "Nope",
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== "denied") throw new Error(`expected a denial, got ${JSON.stringify(result)}`);
    expect(result.rule).toMatch(/^(UM-5|UM-7|HY-3)$/);
    expect(result.reason).toContain(result.rule);
    expect(await firstNameOf(w.pid("secondaryAdmin"))).toBe("Marcus");
  });

  it("UM-7 another account's admin gets not found, never a denial that reveals the account", async () => {
    const result = await execute(w.db, w.actor("otherAccountAdmin"), renameUser, {
      accountId: w.world.accountIds.hybrid,
      personId: w.pid("namedUser"),
      firstName: "Nope",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });

  it("a missing resource is not found", async () => {
    const result = await execute(w.db, w.actor("primaryAdmin"), renameUser, {
      accountId: "00000000-0000-4000-8000-000000000000",
      personId: w.pid("namedUser"),
      firstName: "Nope",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });

  it("invalid input is refused at the door with field errors and writes nothing", async () => {
    const result = await execute(w.db, w.actor("primaryAdmin"), renameUser, {
      accountId: "not-a-uuid",
      personId: w.pid("namedUser"),
      firstName: "   ",
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== "invalid") throw new Error("expected invalid");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["accountId", "firstName"]);
    expect(result.fieldErrors.firstName).toEqual(["Enter a first name."]);
    expect(await firstNameOf(w.pid("namedUser"))).toBe("Thomas");
  });

  it("UM-4 the database refuses a second admin role even when a service forgets to check, as a readable conflict", async () => {
    const result = await execute(w.db, w.actor("primaryAdmin"), forceAdmin, {
      accountId: w.world.accountIds.hybrid,
      personId: w.pid("namedUser"),
      grantTo: w.pid("otherAccountAdmin"),
    });
    expect(result).toMatchObject({ ok: false, code: "conflict", rule: "UM-4" });
    if (!result.ok) expect(result.message).toContain("UM-4");
    // Rolled back whole: not even the named-user row stayed.
    const facts = await loadAccountFacts(w.db, w.pid("otherAccountAdmin"), w.world.accountIds.hybrid);
    expect(facts?.actor.account?.adminRole ?? null).toBeNull();
    expect(facts?.actor.account?.namedUser ?? false).toBe(false);
  });

  it("security: a NUL byte in a text input is an invalid field, never a database error, and nothing is written", async () => {
    const result = await execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: w.world.accountIds.hybrid, email: "nul.byte@example.test", firstName: "Ada\u0000", lastName: "Byron" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { firstName: [expect.stringContaining("NUL")] } });
    expect(await w.db.select().from(people).where(eq(people.email, "nul.byte@example.test"))).toEqual([]);
  });

  it("security: a use case limited per actor refuses the request past its limit, says when to retry, and writes nothing", async () => {
    const limited = { ...renameUser, limitPerActor: { limit: { bucket: "test:renames", max: 2, windowMs: 60 * 60_000 }, what: "renamed people" } };
    const input = { accountId: w.world.accountIds.hybrid, personId: w.pid("namedUser") };
    expect((await execute(w.db, w.actor("primaryAdmin"), limited, { ...input, firstName: "One" })).ok).toBe(true);
    expect((await execute(w.db, w.actor("primaryAdmin"), limited, { ...input, firstName: "Two" })).ok).toBe(true);
    const third = await execute(w.db, w.actor("primaryAdmin"), limited, { ...input, firstName: "Three" });
    expect(third).toMatchObject({ ok: false, code: "rate_limited", message: expect.stringMatching(/^You have renamed people too often \(at most 2 an hour\)\. Try again in \d+ minutes?\.$/) });
    expect(await firstNameOf(w.pid("namedUser"))).toBe("Two");
    // Per actor: another admin is not held up.
    expect((await execute(w.db, w.actor("secondaryAdmin"), limited, { ...input, firstName: "Thomas" })).ok).toBe(true);
  });

  it("security: adding named users and secondary admins (each emails an invitation) is limited per actor", () => {
    expect(addNamedUser.limitPerActor?.limit).toBe(LIMITS.invitationsPerActor);
    expect(addSecondaryAdmin.limitPerActor?.limit).toBe(LIMITS.invitationsPerActor);
    expect(LIMITS.invitationsPerActor).toMatchObject({ max: 100, windowMs: 60 * 60_000 });
  });
});
