import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { accountAdmins, auditEvents, contracts, namedUsers, outboxEmails } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { personas } from "@/lib/demo/personas";
import type { Actor } from "@/lib/auth/actor";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { changeContractManager } from "./change-contract-manager";
import { previewContractManagerChange } from "./preview-contract-manager-change";

let w: DemoTestWorld;
let hybrid: string;
let withSc: string;
let noSc: string;
let hannahs: string;
let fabrikam: string;
let n = 0;
const email = (tag: string) => `${tag}.${Date.now()}.${n++}@example.test`;
const adminsOf = async (accountId: string) => (await w.db.select({ p: accountAdmins.personId, r: accountAdmins.role }).from(accountAdmins).where(eq(accountAdmins.accountId, accountId))).map((a) => `${a.p}:${a.r}`).sort();
const cmOf = async (id: string) => (await w.db.select({ cm: contracts.contractManagerId }).from(contracts).where(eq(contracts.id, id)))[0]!.cm;

async function handOver(actor: Actor, accountId: string, contractId: string, to: string) {
  const preview = await execute(w.db, actor, previewContractManagerChange, { accountId, contractId, email: to });
  if (!preview.ok) return { preview, result: preview };
  const result = await execute(w.db, actor, changeContractManager, { accountId, contractId, email: to, expected: preview.data.fingerprint });
  return { preview, result };
}

beforeAll(async () => {
  w = await createDemoWorldDb("change_cm");
  hybrid = w.world.accountIds.hybrid;
  const rows = await w.db.select({ id: contracts.id, accountId: contracts.accountId, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId, m: contracts.management }).from(contracts);
  withSc = rows.find((r) => r.sc === w.pid("softwareCoordinator"))!.id;
  noSc = rows.find((r) => r.cm === w.pid("contractManager") && r.sc === null && r.m === "classic")!.id;
  hannahs = rows.find((r) => r.cm === w.pid("contractManager2"))!.id;
  fabrikam = rows.find((r) => r.accountId === w.world.accountIds.classicOnly)!.id;
});
afterAll(async () => {
  await w?.drop();
});

describe("change the contract manager", () => {
  for (const [as, code, rule] of [
    ["primaryAdmin", "denied", "CL-4"],
    ["softwareCoordinator", "denied", "CL-8"],
    ["secondaryAdmin", "not_found", undefined],
    ["contractManager2", "not_found", undefined],
  ] as const) {
    it(`CL-4 ${rule ?? "UM-7"} the ${as} cannot preview or hand over the contract manager role (${code})`, async () => {
      const p = await execute(w.db, w.actor(as), previewContractManagerChange, { accountId: hybrid, contractId: withSc, email: email("x") });
      expect(p).toMatchObject({ ok: false, code, ...(rule ? { rule } : {}) });
      const c = await execute(w.db, w.actor(as), changeContractManager, { accountId: hybrid, contractId: withSc, email: email("x"), expected: "x" });
      expect(c).toMatchObject({ ok: false, code });
      expect(await cmOf(withSc)).toBe(w.pid("contractManager"));
    });
  }

  it("CL-4 handing the role to the current contract manager is refused", async () => {
    const p = await execute(w.db, w.actor("contractManager"), previewContractManagerChange, { accountId: hybrid, contractId: withSc, email: personas.contractManager.email });
    expect(p).toMatchObject({ ok: false, code: "denied", rule: "CL-4" });
  });

  it("CL-4 CL-5 CL-11 UM-8 AU-1 a newcomer becomes contract manager, named user and secondary admin, as previewed; emailed once; primary admin and former CM's other roles stay", async () => {
    const e = email("newcm");
    const adminsBefore = await adminsOf(hybrid);
    const { preview, result } = await handOver(w.actor("contractManager"), hybrid, noSc, e);
    expect(preview.ok).toBe(true);
    if (!preview.ok || !result.ok) throw new Error(JSON.stringify(result));
    expect(preview.data.changes.map((c) => c.text)).toEqual([expect.stringContaining("becomes the contract manager"), expect.stringContaining("named user"), expect.stringContaining("secondary admin")]);
    expect(preview.data.unchanged.map((u) => u.rules)).toContainEqual(["CL-11", "UM-8"]);
    const personId = result.data.personId;
    expect(await cmOf(noSc)).toBe(personId);
    expect(await adminsOf(hybrid)).toEqual([...adminsBefore, `${personId}:secondary`].sort());
    expect(adminsBefore).toContain(`${w.pid("primaryAdmin")}:primary`);
    const [named] = await w.db.select({ s: namedUsers.status }).from(namedUsers).where(and(eq(namedUsers.accountId, hybrid), eq(namedUsers.personId, personId)));
    expect(named).toBeDefined();
    expect(await cmOf(withSc)).toBe(w.pid("contractManager"));
    const mail = await w.db.select({ kind: outboxEmails.kind }).from(outboxEmails).where(eq(outboxEmails.to, e));
    expect(mail).toEqual([{ kind: "contract-manager-changed" }]);
    const [event] = await w.db.select({ sideEffects: auditEvents.sideEffects }).from(auditEvents).where(and(eq(auditEvents.action, "contract.manager_changed"), eq(auditEvents.contractId, noSc)));
    expect(event!.sideEffects).toEqual(expect.arrayContaining([{ rule: "CL-5", effect: "New contract manager added as a secondary admin" }, { rule: "CL-11", effect: "No change to primary admin" }]));
  });

  it("CL-5 UM-4 an admin of another account becomes contract manager, but the secondary-admin step is skipped with UM-4's reason", async () => {
    const adminsBefore = await adminsOf(hybrid);
    const { preview, result } = await handOver(w.actor("contractManager2"), hybrid, hannahs, personas.otherAccountAdmin.email);
    expect(preview).toMatchObject({ ok: true, data: { unchanged: expect.arrayContaining([expect.objectContaining({ rules: ["UM-4"] })]) } });
    expect(result).toMatchObject({ ok: true, data: { secondaryAdmin: "skipped_admin_of_other_account" } });
    expect(await cmOf(hannahs)).toBe(w.pid("otherAccountAdmin"));
    expect(await adminsOf(hybrid)).toEqual(adminsBefore);
    const [event] = await w.db.select({ sideEffects: auditEvents.sideEffects }).from(auditEvents).where(and(eq(auditEvents.action, "contract.manager_changed"), eq(auditEvents.contractId, hannahs)));
    expect(event!.sideEffects[0]).toMatchObject({ rule: "CL-5", effect: expect.stringContaining("UM-4") });
  });

  it("CL-5 handing the role to a secondary admin of the account adds nothing more", async () => {
    const adminsBefore = await adminsOf(hybrid);
    const { result } = await handOver(w.actor("contractManager"), hybrid, withSc, personas.secondaryAdmin.email);
    expect(result).toMatchObject({ ok: true, data: { secondaryAdmin: "already_admin" } });
    expect(await adminsOf(hybrid)).toEqual(adminsBefore);
  });

  it("CL-5 HY-1 an account without User Management changes its contract manager but skips the secondary-admin step", async () => {
    const fab = w.world.accountIds.classicOnly;
    const { result } = await handOver(w.actor("classicOnlyManager"), fab, fabrikam, email("fab"));
    expect(result).toMatchObject({ ok: true, data: { secondaryAdmin: "skipped_no_user_management" } });
    expect(await adminsOf(fab)).toEqual([]);
  });

  it("CL-5 when the facts change between preview and confirmation, the change is refused and nothing is written", async () => {
    // Grace now manages Hannah's former contract; she previews a hand-over to a newcomer...
    const e = email("race");
    const grace = w.actor("otherAccountAdmin");
    const preview = await execute(w.db, grace, previewContractManagerChange, { accountId: hybrid, contractId: hannahs, email: e });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    // ...and before she confirms, the primary admin makes that person a secondary admin.
    expect(await execute(w.db, w.actor("primaryAdmin"), addSecondaryAdmin, { accountId: hybrid, email: e })).toMatchObject({ ok: true });
    const result = await execute(w.db, grace, changeContractManager, { accountId: hybrid, contractId: hannahs, email: e, expected: preview.data.fingerprint });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(await cmOf(hannahs)).toBe(w.pid("otherAccountAdmin"));
    const again = await execute(w.db, grace, previewContractManagerChange, { accountId: hybrid, contractId: hannahs, email: e });
    expect(again.ok && again.data.fingerprint).not.toBe(preview.data.fingerprint);
  });
});
