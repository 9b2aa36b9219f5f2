import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { namedUsers } from "@/db/schema";
import { personas } from "@/lib/demo/personas";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { changePrimaryAdmin } from "./change-primary-admin";
import { adminRoles, auditFor, classicUserRows, contractRoles, emailsTo, primaryAdmins } from "@/test/support/admins";

let w: DemoTestWorld;
let hybrid: string;
beforeAll(async () => {
  w = await createDemoWorldDb("primary");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

/** A change as the admins page sends it: with the primary admin the page showed. */
const change = async (actor: Parameters<DemoTestWorld["actor"]>[0], personId: string, accountId = hybrid) =>
  execute(w.db, w.actor(actor), changePrimaryAdmin, { accountId, personId, fromPrimaryAdminId: (await primaryAdmins(w.db, accountId))[0] ?? null });

describe("changing the primary admin", () => {
  it("UM-2 the primary admin and a secondary admin change the primary admin; the former primary becomes a secondary admin", async () => {
    const [priya, marcus, elena] = [w.pid("primaryAdmin"), w.pid("secondaryAdmin"), w.pid("secondaryAdmin2")];
    const byPrimary = await change("primaryAdmin", marcus);
    expect(byPrimary).toEqual({ ok: true, data: { accountId: hybrid, primaryAdminId: marcus, formerPrimaryAdminId: priya } });
    expect(await adminRoles(w.db, hybrid)).toEqual({ [marcus]: "primary", [priya]: "secondary", [elena]: "secondary" });

    // Elena is a secondary admin: UM-2 lets her change it too, here back to Priya.
    const bySecondary = await change("secondaryAdmin2", priya);
    expect(bySecondary.ok).toBe(true);
    expect(await adminRoles(w.db, hybrid)).toEqual({ [priya]: "primary", [marcus]: "secondary", [elena]: "secondary" });
  });

  it("UM-2 the new primary admin must be a secondary admin: a plain named user and the primary admin are refused, a classic-only user is not found", async () => {
    for (const target of ["namedUser", "primaryAdmin"] as const) {
      const result = await change("secondaryAdmin", w.pid(target));
      expect(result, target).toMatchObject({ ok: false, code: "denied", rule: "UM-2" });
    }
    // HY-2, UM-7: classic users are not User Management's people.
    expect(await change("secondaryAdmin", w.pid("classicUser"))).toMatchObject({ ok: false, code: "not_found" });
    expect(await primaryAdmins(w.db, hybrid)).toEqual([w.pid("primaryAdmin")]);
  });

  it("UM-2 HY-3 HB-1 people who are not admins cannot change the primary admin", async () => {
    const target = w.pid("secondaryAdmin");
    expect(await change("namedUser", target)).toMatchObject({ ok: false, code: "denied", rule: "UM-2" });
    expect(await change("contractManager", target)).toMatchObject({ ok: false, code: "denied", rule: "HY-3" });
    expect(await change("ssoAdmin", target)).toMatchObject({ ok: false, code: "denied", rule: "HB-1" });
    // Another account's admin does not even learn that the account exists (UM-7).
    expect(await change("otherAccountAdmin", target)).toMatchObject({ ok: false, code: "not_found" });
    expect(await primaryAdmins(w.db, hybrid)).toEqual([w.pid("primaryAdmin")]);
  });

  it("UM-4 an admin of another account cannot be made primary admin here", async () => {
    // Grace admins Contoso; as a named user of Northwind too, her other role is what refuses her.
    await w.db.insert(namedUsers).values({ accountId: w.world.accountIds.hybrid, personId: w.pid("otherAccountAdmin"), status: "active" });
    try {
      const result = await change("primaryAdmin", w.pid("otherAccountAdmin"));
      expect(result).toMatchObject({ ok: false, code: "denied", rule: "UM-4" });
    } finally {
      await w.db.delete(namedUsers).where(and(eq(namedUsers.accountId, w.world.accountIds.hybrid), eq(namedUsers.personId, w.pid("otherAccountAdmin"))));
    }
  });

  it("UM-7 a person outside the account is not found as the new primary admin, whatever their roles elsewhere", async () => {
    expect(await change("primaryAdmin", w.pid("otherAccountAdmin"))).toMatchObject({ ok: false, code: "not_found" });
  });

  it("UM-8 CL-11 HY-3 changing the primary admin changes no contract manager, software coordinator or classic user", async () => {
    const [rolesBefore, classicBefore] = [await contractRoles(w.db), await classicUserRows(w.db)];
    expect((await change("primaryAdmin", w.pid("secondaryAdmin"))).ok).toBe(true);
    expect(await contractRoles(w.db)).toEqual(rolesBefore);
    expect(await classicUserRows(w.db)).toEqual(classicBefore);
    // Priya is still the contract manager of the named contracts she purchased (UM-8).
    expect(rolesBefore.filter((c) => c.cm === w.pid("primaryAdmin")).length).toBeGreaterThan(0);
    expect((await change("secondaryAdmin", w.pid("primaryAdmin"))).ok).toBe(true);
  });

  it("AU-1 EM-1 the change writes one audit event with before, after and side effects, and emails the new primary admin", async () => {
    const elena = w.pid("secondaryAdmin2");
    expect((await change("secondaryAdmin", elena)).ok).toBe(true);
    const events = await auditFor(w.db, "account.primary_admin_changed", elena);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      accountId: hybrid,
      actorId: w.pid("secondaryAdmin"),
      before: { primaryAdmin: personas.primaryAdmin.email },
      after: { primaryAdmin: personas.secondaryAdmin2.email },
    });
    const effects = events[0]!.sideEffects.map((e) => e.rule);
    expect(effects).toEqual(expect.arrayContaining(["UM-2", "UM-8, CL-11", "CL-10", "HY-3"]));
    expect(events[0]!.sideEffects.find((e) => e.rule === "UM-2")?.effect).toContain(personas.primaryAdmin.email);

    const mail = (await emailsTo(w.db, personas.secondaryAdmin2.email)).filter((m) => m.kind === "role-changed");
    expect(mail).toEqual([expect.objectContaining({ kind: "role-changed", subject: "You are now the primary admin of Northwind Engineering" })]);
    expect((await change("secondaryAdmin2", w.pid("primaryAdmin"))).ok).toBe(true);
  });
});
