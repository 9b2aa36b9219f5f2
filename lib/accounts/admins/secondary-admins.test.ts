import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addSecondaryAdmin } from "./add-secondary-admin";
import { removeSecondaryAdmin } from "./remove-secondary-admin";
import { adminRoles, auditFor, classicUserRows, contractRoles, emailsTo, isNamedUser, personIdByEmail, primaryAdmins } from "@/test/support/admins";

let w: DemoTestWorld;
let hybrid: string;
let contoso: string;
beforeAll(async () => {
  w = await createDemoWorldDb("secondary");
  hybrid = w.world.accountIds.hybrid;
  contoso = w.world.accountIds.namedOnly;
});
afterAll(async () => {
  await w?.drop();
});

const add = (actor: PersonaKey, email: string, accountId = hybrid, names = {}) => execute(w.db, w.actor(actor), addSecondaryAdmin, { accountId, email, ...names });
const remove = (actor: PersonaKey, personId: string, accountId = hybrid) => execute(w.db, w.actor(actor), removeSecondaryAdmin, { accountId, personId });

describe("adding and removing secondary admins", () => {
  it("UM-3 AU-1 EM-1 the primary admin makes a named user a secondary admin, who is emailed; the event is audited", async () => {
    const tom = w.pid("namedUser");
    const result = await add("primaryAdmin", "  Tom.Fischer@Northwind.example ");
    expect(result).toEqual({ ok: true, data: { accountId: hybrid, personId: tom, addedNamedUser: false } });
    expect((await adminRoles(w.db, hybrid))[tom]).toBe("secondary");
    const mail = (await emailsTo(w.db, personas.namedUser.email)).filter((m) => m.kind === "secondary-admin-granted");
    expect(mail).toEqual([expect.objectContaining({ subject: "You are now a secondary admin of Northwind Engineering" })]);
    const events = await auditFor(w.db, "account.secondary_admin_granted", tom);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ accountId: hybrid, actorId: w.pid("primaryAdmin"), before: { role: null }, after: { role: "secondary" } });
  });

  it("UM-3 HY-2 a secondary admin adds a person new to the portal: they become a named user first, and no classic user", async () => {
    const classicBefore = await classicUserRows(w.db);
    const result = await add("secondaryAdmin", "new.admin@northwind.example", hybrid, { firstName: "Nova", lastName: "Admin" });
    expect(result).toMatchObject({ ok: true, data: { addedNamedUser: true } });
    const nova = await personIdByEmail(w.db, "new.admin@northwind.example");
    expect(nova).not.toBeNull();
    expect(await isNamedUser(w.db, hybrid, nova!)).toBe(true);
    expect((await adminRoles(w.db, hybrid))[nova!]).toBe("secondary");
    expect(await classicUserRows(w.db)).toEqual(classicBefore);
    expect(await emailsTo(w.db, "new.admin@northwind.example")).toEqual([expect.objectContaining({ kind: "secondary-admin-granted" })]);
  });

  it("UM-3 the primary admin and a secondary admin remove secondary admins, who stay named users", async () => {
    const tom = w.pid("namedUser");
    expect((await remove("secondaryAdmin", tom)).ok).toBe(true);
    expect((await adminRoles(w.db, hybrid))[tom]).toBeUndefined();
    expect(await isNamedUser(w.db, hybrid, tom)).toBe(true);
    const nova = (await personIdByEmail(w.db, "new.admin@northwind.example"))!;
    expect((await remove("primaryAdmin", nova)).ok).toBe(true);
    expect(await isNamedUser(w.db, hybrid, nova)).toBe(true);
    expect(await auditFor(w.db, "account.secondary_admin_removed", tom)).toHaveLength(1);
  });

  it("UM-3 a named user who is not an admin can neither add nor remove secondary admins", async () => {
    expect(await add("hubMember", personas.namedUser.email)).toMatchObject({ ok: false, code: "denied", rule: "UM-3" });
    expect(await remove("hubMember", w.pid("secondaryAdmin"))).toMatchObject({ ok: false, code: "denied", rule: "UM-3" });
    expect((await adminRoles(w.db, hybrid))[w.pid("secondaryAdmin")]).toBe("secondary");
  });

  it("UM-3 someone who already is an admin here is not added twice; removing a non-admin is refused", async () => {
    expect(await add("primaryAdmin", personas.secondaryAdmin.email)).toMatchObject({ ok: false, code: "denied", rule: "UM-3" });
    expect(await remove("primaryAdmin", w.pid("namedUser"))).toMatchObject({ ok: false, code: "denied", rule: "UM-3" });
  });

  it("UM-4 making an admin of another account a secondary admin is refused with the rule's reason", async () => {
    const result = await add("primaryAdmin", personas.otherAccountAdmin.email);
    expect(result).toMatchObject({ ok: false, code: "denied", rule: "UM-4" });
    if (!result.ok && result.code === "denied") expect(result.reason).toMatch(/already an admin of another account.*\(UM-4\)/);
    expect(await isNamedUser(w.db, hybrid, w.pid("otherAccountAdmin"))).toBe(false);
  });

  it("UM-4 when two accounts make the same new person an admin at the same moment, one wins and the other is refused with UM-4", async () => {
    const email = "contested.admin@example.test";
    const results = await Promise.all([add("primaryAdmin", email, hybrid), add("otherAccountAdmin", email, contoso)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, rule: "UM-4" });
    const person = (await personIdByEmail(w.db, email))!;
    const roles = [(await adminRoles(w.db, hybrid))[person], (await adminRoles(w.db, contoso))[person]].filter(Boolean);
    expect(roles).toEqual(["secondary"]);
  });

  it("UM-4 the unique index is the backstop: when both accounts decided before either wrote, the loser is refused with UM-4", async () => {
    const email = "backstop.admin@example.test";
    // Both transactions load their facts (the person is new: the policy allows) before either writes.
    let arrived = 0;
    let release: () => void = () => {};
    const bothDecided = new Promise<void>((resolve) => (release = resolve));
    const racing = {
      ...addSecondaryAdmin,
      facts: async (...args: Parameters<typeof addSecondaryAdmin.facts>) => {
        const facts = await addSecondaryAdmin.facts(...args);
        if (++arrived === 2) release();
        await bothDecided;
        return facts;
      },
    };
    const results = await Promise.all([
      execute(w.db, w.actor("primaryAdmin"), racing, { accountId: hybrid, email }),
      execute(w.db, w.actor("otherAccountAdmin"), racing, { accountId: contoso, email }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "conflict", rule: "UM-4", message: expect.stringContaining("(UM-4)") });
    const person = (await personIdByEmail(w.db, email))!;
    const roles = [(await adminRoles(w.db, hybrid))[person], (await adminRoles(w.db, contoso))[person]].filter(Boolean);
    expect(roles).toEqual(["secondary"]);
  });

  it("UM-10 the primary admin cannot be removed as a secondary admin or demoted directly, by anyone", async () => {
    const priya = w.pid("primaryAdmin");
    for (const actor of ["primaryAdmin", "secondaryAdmin"] as const) {
      const result = await remove(actor, priya);
      expect(result, actor).toMatchObject({ ok: false, code: "denied", rule: "UM-10" });
    }
    expect(await primaryAdmins(w.db, hybrid)).toEqual([priya]);
  });

  it("CL-10 making the software coordinator a secondary admin and removing them again changes no software coordinator", async () => {
    const before = await contractRoles(w.db);
    const aisha = w.pid("softwareCoordinator");
    expect(before.some((c) => c.sc === aisha)).toBe(true);
    expect((await add("secondaryAdmin", personas.softwareCoordinator.email)).ok).toBe(true);
    expect(await contractRoles(w.db)).toEqual(before);
    expect((await remove("primaryAdmin", aisha)).ok).toBe(true);
    expect(await contractRoles(w.db)).toEqual(before);
    const [event] = await auditFor(w.db, "account.secondary_admin_granted", aisha);
    expect(event?.sideEffects).toEqual(expect.arrayContaining([expect.objectContaining({ rule: "CL-10" })]));
  });

  it("UM-3 an invalid email is refused with a field message", async () => {
    const result = await add("primaryAdmin", "not-an-email");
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: [expect.stringContaining("email")] } });
  });
});
