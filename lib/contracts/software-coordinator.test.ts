import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { accountAdmins, auditEvents, contracts, outboxEmails } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { removeSecondaryAdmin } from "@/lib/accounts/admins/remove-secondary-admin";
import { personas } from "@/lib/demo/personas";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { assignSoftwareCoordinator } from "./assign-software-coordinator";
import { removeSoftwareCoordinator } from "./remove-software-coordinator";

let w: DemoTestWorld;
let hybrid: string;
let withSc: string;
let noSc: string;
let n = 0;
const email = (tag: string) => `${tag}.${Date.now()}.${n++}@example.test`;
const admins = async () => (await w.db.select({ p: accountAdmins.personId, r: accountAdmins.role }).from(accountAdmins).where(eq(accountAdmins.accountId, hybrid))).map((a) => `${a.p}:${a.r}`).sort();
const coordinators = async () => (await w.db.select({ id: contracts.id, sc: contracts.softwareCoordinatorId }).from(contracts).where(eq(contracts.accountId, hybrid))).map((c) => `${c.id}:${c.sc}`).sort();
const mailTo = async (to: string) => w.db.select({ kind: outboxEmails.kind, subject: outboxEmails.subject, text: outboxEmails.text }).from(outboxEmails).where(eq(outboxEmails.to, to));

beforeAll(async () => {
  w = await createDemoWorldDb("coordinator");
  hybrid = w.world.accountIds.hybrid;
  ({ withSc, noSc } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

describe("the software coordinator", () => {
  it("CL-6 CL-7 CL-10 EM-1 the contract manager assigns a coordinator (emailed exactly once), replaces them and removes them; no admin changes", async () => {
    const adminsBefore = await admins();
    const e = email("sc");
    const assigned = await execute(w.db, w.actor("contractManager"), assignSoftwareCoordinator, { accountId: hybrid, contractId: noSc, email: e, firstName: "Sam", lastName: "Coord" });
    expect(assigned).toMatchObject({ ok: true, data: { replaced: null } });
    const mail = await mailTo(e);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: "role-changed", subject: expect.stringContaining("software coordinator") });
    expect(mail[0]!.text).toContain(`/accounts/${hybrid}/contracts/${noSc}`);
    // CL-7: Aisha coordinates this one too, besides her own.
    const replaced = await execute(w.db, w.actor("contractManager"), assignSoftwareCoordinator, { accountId: hybrid, contractId: noSc, email: personas.softwareCoordinator.email });
    expect(replaced).toMatchObject({ ok: true });
    const scs = await w.db.select({ id: contracts.id }).from(contracts).where(eq(contracts.softwareCoordinatorId, w.pid("softwareCoordinator")));
    expect(scs.map((c) => c.id).sort()).toEqual([withSc, noSc].sort());
    expect((await mailTo(personas.softwareCoordinator.email)).filter((m) => m.kind === "role-changed")).toHaveLength(1);
    const again = await execute(w.db, w.actor("contractManager"), assignSoftwareCoordinator, { accountId: hybrid, contractId: noSc, email: personas.softwareCoordinator.email });
    // Assigning the coordinator it has changes nothing and emails nobody again (a double click).
    expect(again).toMatchObject({ ok: true, data: { changed: false, message: expect.stringContaining("is already this contract's software coordinator") } });
    expect((await mailTo(personas.softwareCoordinator.email)).filter((m) => m.kind === "role-changed")).toHaveLength(1);
    const removed = await execute(w.db, w.actor("contractManager"), removeSoftwareCoordinator, { accountId: hybrid, contractId: noSc });
    expect(removed).toMatchObject({ ok: true, data: { removed: w.pid("softwareCoordinator") } });
    expect(await execute(w.db, w.actor("contractManager"), removeSoftwareCoordinator, { accountId: hybrid, contractId: noSc })).toMatchObject({ ok: false, code: "denied", rule: "CL-6" });
    expect(await admins()).toEqual(adminsBefore);
    const [event] = await w.db.select({ sideEffects: auditEvents.sideEffects }).from(auditEvents).where(and(eq(auditEvents.action, "contract.software_coordinator_replaced"), eq(auditEvents.contractId, noSc)));
    expect(event!.sideEffects).toContainEqual({ rule: "CL-10", effect: "No secondary admin changes" });
  });

  it("CL-10 making the software coordinator a secondary admin and removing them again changes no software coordinator", async () => {
    const before = await coordinators();
    const made = await execute(w.db, w.actor("primaryAdmin"), addSecondaryAdmin, { accountId: hybrid, email: personas.softwareCoordinator.email });
    expect(made).toMatchObject({ ok: true });
    expect(await coordinators()).toEqual(before);
    const removed = await execute(w.db, w.actor("primaryAdmin"), removeSecondaryAdmin, { accountId: hybrid, personId: w.pid("softwareCoordinator") });
    expect(removed).toMatchObject({ ok: true });
    expect(await coordinators()).toEqual(before);
  });

  for (const [as, code, rule] of [
    ["primaryAdmin", "denied", "CL-6"],
    ["softwareCoordinator", "denied", "CL-8"],
    ["secondaryAdmin", "not_found", undefined],
    ["contractManager2", "not_found", undefined],
    ["otherAccountAdmin", "not_found", undefined],
  ] as const) {
    it(`CL-6 ${rule ?? "UM-7"} the ${as} cannot assign or remove the software coordinator (${code})`, async () => {
      const before = await coordinators();
      const a = await execute(w.db, w.actor(as), assignSoftwareCoordinator, { accountId: hybrid, contractId: withSc, email: email("nope") });
      expect(a).toMatchObject({ ok: false, code, ...(rule ? { rule } : {}) });
      const r = await execute(w.db, w.actor(as), removeSoftwareCoordinator, { accountId: hybrid, contractId: withSc });
      expect(r).toMatchObject({ ok: false, code });
      expect(await coordinators()).toEqual(before);
    });
  }

  it("CL-6 an invalid address is a field message and nothing changes", async () => {
    const r = await execute(w.db, w.actor("contractManager"), assignSoftwareCoordinator, { accountId: hybrid, contractId: withSc, email: "not an email" });
    expect(r).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: [expect.any(String)] } });
  });
});
