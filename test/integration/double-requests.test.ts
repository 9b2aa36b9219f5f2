import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray } from "drizzle-orm";
import { accountAdmins, auditEvents, contractInvoices, contracts, hubMembers, invitations, namedUsers, outboxEmails, people, projects } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { changePrimaryAdmin } from "@/lib/accounts/admins/change-primary-admin";
import { importNamedUsers } from "@/lib/accounts/named-users/import-named-users";
import { assignSoftwareCoordinator } from "@/lib/contracts/assign-software-coordinator";
import { changeContractManager } from "@/lib/contracts/change-contract-manager";
import { editBillingContact } from "@/lib/contracts/edit-billing-contact";
import { previewContractManagerChange } from "@/lib/contracts/preview-contract-manager-change";
import { recordPurchase } from "@/lib/contracts/record-purchase";
import { renewContract } from "@/lib/contracts/renew-contract";
import { setAutoRenew } from "@/lib/contracts/set-auto-renew";
import { invitePeople } from "@/lib/hubs/invitations/invite-people";
import { resendExpiredInvitations } from "@/lib/hubs/invitations/resend-expired-invitations";
import { resendInvitation } from "@/lib/hubs/invitations/resend-invitation";
import { transferProject } from "@/lib/hubs/projects/transfer-project";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import type { Actor } from "@/lib/auth/actor";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHub, demoProjectIds } from "@/test/support/projects";

/*
 * A double click is a second request (issue 14): every action that is not idempotent by
 * nature carries what the actor saw (or a key made when it started), and of two identical
 * requests at the same moment one changes things and the other changes nothing and says so.
 * Real PostgreSQL: two transactions really run side by side (PGlite runs one at a time).
 */

let w: DemoTestWorld;
let hybrid: string;
let n = 0;
const tag = () => `${Date.now().toString(36)}${n++}`;

beforeAll(async () => {
  w = await createDemoWorldDb("double");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

/** The same request twice at the same moment, as a double click sends it. */
const twice = <T,>(run: () => Promise<ActionResult<T>>) => Promise.all([run(), run()]);

/** The two answers as [the one that changed things, the other]; fails unless exactly one is `changed`. */
function oneChanged<T>(answers: ActionResult<T>[], changed: (r: ActionResult<T>) => boolean): [ActionResult<T>, ActionResult<T>] {
  const winners = answers.filter(changed);
  expect(winners, JSON.stringify(answers)).toHaveLength(1);
  return [winners[0]!, answers.find((r) => !changed(r))!];
}

const ok = <T,>(r: ActionResult<T>) => r.ok;
const audits = async (action: string, targetId: string) => (await w.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId))))[0]!.n;
const mails = async (to: string, kind?: string) =>
  (await w.db.select({ n: count() }).from(outboxEmails).where(and(eq(outboxEmails.to, to), kind ? eq(outboxEmails.kind, kind) : undefined)))[0]!.n;
const contractRow = async (id: string) =>
  (await w.db.select({ renewalDate: contracts.renewalDate, autoRenew: contracts.autoRenew, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId }).from(contracts).where(eq(contracts.id, id)))[0]!;

/** A classic contract of the hybrid account that this test alone uses, managed by `cm`. */
async function freshClassicContract(cm: PersonaKey): Promise<string> {
  const p = personas[cm];
  const { contractId } = await w.db.transaction((tx) =>
    recordPurchase(tx, {
      account: { accountId: hybrid },
      purchaser: { email: p.email, firstName: p.firstName, lastName: p.lastName },
      channel: "online",
      management: "classic",
      products: [{ productCode: "ACD", seats: 3 }],
      termStart: "2026-01-01",
      renewalDate: "2027-01-01",
    }),
  );
  return contractId;
}

describe("two identical requests at the same moment change things once", () => {
  it("CL-3 PU-3 AU-1 renew twice from the same renewal date: one renewal, one invoice, one email, one audit event; the second says it was already renewed", async () => {
    const contractId = await freshClassicContract("contractManager");
    const input = { accountId: hybrid, contractId, fromRenewalDate: "2027-01-01" };
    const mailsBefore = await mails(personas.contractManager.email, "renewal-confirmation");
    const answers = await twice(() => execute(w.db, w.actor("contractManager"), renewContract, input));
    const [, second] = oneChanged(answers, (r) => r.ok && r.data.renewed);
    expect(second).toEqual({ ok: true, data: { renewed: false, renewalDate: "2028-01-01", invoiceNumber: null, message: "Already renewed — the contract now renews on 2028-01-01." } });
    expect((await contractRow(contractId)).renewalDate).toBe("2028-01-01");
    expect((await w.db.select({ n: count() }).from(contractInvoices).where(eq(contractInvoices.contractId, contractId)))[0]!.n).toBe(1);
    expect(await mails(personas.contractManager.email, "renewal-confirmation")).toBe(mailsBefore + 1);
    expect(await audits("contract.renewed", contractId)).toBe(1);
  });

  it("CL-3 reliability: the database holds one invoice per contract and term, whatever code writes it", async () => {
    const contractId = await freshClassicContract("contractManager");
    const invoice = { contractId, periodStart: "2027-01-01", periodEnd: "2028-01-01", description: "Renewal" };
    await w.db.insert(contractInvoices).values({ ...invoice, number: `INV-T-${tag()}` });
    await expect(w.db.insert(contractInvoices).values({ ...invoice, number: `INV-T-${tag()}` })).rejects.toMatchObject({ cause: { constraint_name: "contract_invoices_one_per_term" } });
  });

  it("CL-3 AU-1 switch auto-renew off twice: one change and one audit event; the second says it already is", async () => {
    const contractId = await freshClassicContract("contractManager");
    const answers = await twice(() => execute(w.db, w.actor("contractManager"), setAutoRenew, { accountId: hybrid, contractId, autoRenew: false }));
    const [, second] = oneChanged(answers, (r) => r.ok && r.data.changed);
    expect(second).toMatchObject({ ok: true, data: { changed: false, message: "Auto-renew is already off: nothing changed." } });
    expect((await contractRow(contractId)).autoRenew).toBe(false);
    expect(await audits("contract.auto_renew_changed", contractId)).toBe(1);
  });

  it("CL-3 AU-1 save the same billing contact twice: one change and one audit event; the second says nothing changed", async () => {
    const contractId = await freshClassicContract("contractManager");
    const input = { accountId: hybrid, contractId, name: "Accounts Payable", email: "ap@double.example", address: "1 Main St", purchaseOrderNumber: "PO-1" };
    const answers = await twice(() => execute(w.db, w.actor("contractManager"), editBillingContact, input));
    const [, second] = oneChanged(answers, (r) => r.ok && r.data.changed);
    expect(second).toMatchObject({ ok: true, data: { changed: false, message: "The billing contact already reads so: nothing changed." } });
    expect(await audits("contract.billing_changed", contractId)).toBe(1);
  });

  it("CL-6 EM-1 assign the same software coordinator twice: assigned once, emailed once, one audit event; the second says they already are", async () => {
    const contractId = await freshClassicContract("contractManager");
    const email = `sc.${tag()}@double.example`;
    const answers = await twice(() => execute(w.db, w.actor("contractManager"), assignSoftwareCoordinator, { accountId: hybrid, contractId, email, firstName: "Sam", lastName: "Coord" }));
    const [first, second] = oneChanged(answers, (r) => r.ok && r.data.changed);
    expect(second).toMatchObject({ ok: true, data: { changed: false, message: `Sam Coord <${email}> is already this contract's software coordinator: nothing changed.` } });
    expect((await contractRow(contractId)).sc).toBe(first.ok ? first.data.personId : "");
    expect(await mails(email)).toBe(1);
    expect(await w.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.contractId, contractId), inArray(auditEvents.action, ["contract.software_coordinator_assigned", "contract.software_coordinator_replaced"])))).toEqual([{ n: 1 }]);
  });

  it("CL-4 confirm the same hand-over twice: Victor becomes contract manager once, is emailed once; the second is a conflict saying so, not 'not found'", async () => {
    const contractId = await freshClassicContract("contractManager2");
    const hannah = w.actor("contractManager2");
    const to = personas.classicOnlyManager.email;
    const preview = await execute(w.db, hannah, previewContractManagerChange, { accountId: hybrid, contractId, email: to });
    if (!preview.ok) throw new Error(preview.message);
    const mailsBefore = await mails(to, "contract-manager-changed");
    const answers = await twice(() => execute(w.db, hannah, changeContractManager, { accountId: hybrid, contractId, email: to, expected: preview.data.fingerprint }));
    const [, second] = oneChanged(answers, ok);
    expect(second).toEqual({ ok: false, code: "conflict", rule: "CL-4", message: "Victor Santos became the contract manager meanwhile, so nothing was changed (CL-4)." });
    expect((await contractRow(contractId)).cm).toBe(w.pid("classicOnlyManager"));
    expect(await mails(to, "contract-manager-changed")).toBe(mailsBefore + 1);
    expect((await w.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.contractId, contractId), eq(auditEvents.action, "contract.manager_changed"))))[0]!.n).toBe(1);
  });

  it("CL-4 two hand-overs previewed in two tabs: the second confirmation names who became the contract manager; a stranger's forged confirmation learns nothing", async () => {
    const contractId = await freshClassicContract("contractManager2");
    const hannah = w.actor("contractManager2");
    const toVictor = await execute(w.db, hannah, previewContractManagerChange, { accountId: hybrid, contractId, email: personas.classicOnlyManager.email });
    const newcomer = `newcm.${tag()}@double.example`;
    const toNewcomer = await execute(w.db, hannah, previewContractManagerChange, { accountId: hybrid, contractId, email: newcomer });
    if (!toVictor.ok || !toNewcomer.ok) throw new Error("no preview");
    expect(await execute(w.db, hannah, changeContractManager, { accountId: hybrid, contractId, email: personas.classicOnlyManager.email, expected: toVictor.data.fingerprint })).toMatchObject({ ok: true });
    expect(await execute(w.db, hannah, changeContractManager, { accountId: hybrid, contractId, email: newcomer, expected: toNewcomer.data.fingerprint })).toEqual({
      ok: false,
      code: "conflict",
      rule: "CL-4",
      message: "Victor Santos became the contract manager meanwhile, so nothing was changed (CL-4).",
    });
    // Someone who never handed this contract over, claiming in a forged fingerprint to have managed it, gets "not found".
    const omar = w.actor("classicUser");
    const forged = toNewcomer.data.fingerprint.replace(w.pid("contractManager2"), omar.personId);
    expect(await execute(w.db, omar, changeContractManager, { accountId: hybrid, contractId, email: newcomer, expected: forged })).toEqual({ ok: false, code: "not_found", message: "This was not found." });
    expect(await mails(newcomer)).toBe(0);
  });

  it("UM-2 EM-1 AU-1 make the same secondary admin primary twice: one change, one email, one audit event; the second says they already are", async () => {
    const marcus = w.pid("secondaryAdmin");
    const before = await mails(personas.secondaryAdmin.email, "role-changed");
    const answers = await twice(() => execute(w.db, w.actor("primaryAdmin"), changePrimaryAdmin, { accountId: hybrid, personId: marcus, fromPrimaryAdminId: w.pid("primaryAdmin") }));
    const [, second] = oneChanged(answers, ok);
    expect(second).toMatchObject({ ok: false, code: "denied", rule: "UM-2", message: "This person is already the primary admin (UM-2)." });
    expect(await mails(personas.secondaryAdmin.email, "role-changed")).toBe(before + 1);
    expect(await audits("account.primary_admin_changed", marcus)).toBe(1);
    // A change from the primary admin the page showed, after someone else became primary admin: refused, naming them.
    const elena = await execute(w.db, w.actor("secondaryAdmin2"), changePrimaryAdmin, { accountId: hybrid, personId: w.pid("secondaryAdmin2"), fromPrimaryAdminId: w.pid("primaryAdmin") });
    expect(elena).toEqual({ ok: false, code: "conflict", rule: "UM-2", message: `Marcus Chen <${personas.secondaryAdmin.email}> became the primary admin meanwhile, so nothing was changed: check the admins and try again (UM-2).` });
    // Hand the role back so that the world is as the demo has it.
    expect(await execute(w.db, w.actor("secondaryAdmin"), changePrimaryAdmin, { accountId: hybrid, personId: w.pid("primaryAdmin"), fromPrimaryAdminId: marcus })).toMatchObject({ ok: true });
    expect((await w.db.select({ p: accountAdmins.personId }).from(accountAdmins).where(and(eq(accountAdmins.accountId, hybrid), eq(accountAdmins.role, "primary"))))[0]!.p).toBe(w.pid("primaryAdmin"));
  });

  it("HB-7 EM-1 resend the link the page showed twice: one new link and one email; the second says it was already resent", async () => {
    const email = `resend.${tag()}@guest.example`;
    const invited = await execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId: w.world.hubId, emails: email });
    expect(invited.ok).toBe(true);
    const [row] = await w.db.select({ id: invitations.id, expiresAt: invitations.expiresAt }).from(invitations).where(eq(invitations.email, email));
    const answers = await twice(() => execute(w.db, w.actor("hubAdmin"), resendInvitation, { invitationId: row!.id, seenExpiresAt: row!.expiresAt.toISOString().replace("Z", "000Z") }));
    const [, second] = oneChanged(answers, (r) => r.ok && r.data.resent);
    const [after] = await w.db.select({ expiresAt: invitations.expiresAt }).from(invitations).where(eq(invitations.id, row!.id));
    expect(second).toMatchObject({ ok: true, data: { resent: false, message: `Already resent: the link now expires on ${after!.expiresAt.toISOString().slice(0, 10)}.` } });
    expect(after!.expiresAt.getTime()).not.toBe(row!.expiresAt.getTime());
    expect(await mails(email)).toBe(2); // the invitation, then one resend
    expect(await audits("invitation.resent", row!.id)).toBe(1);
  });

  it("HB-7 EM-1 resend all expired twice: each expired invitation gets one new link and one email; the second finds none left", async () => {
    const emails = [`expired.a.${tag()}@guest.example`, `expired.b.${tag()}@guest.example`];
    expect((await execute(w.db, w.actor("hubAdmin"), invitePeople, { hubId: w.world.hubId, emails: emails.join(", ") })).ok).toBe(true);
    await w.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(inArray(invitations.email, emails));
    const answers = await twice(() => execute(w.db, w.actor("hubAdmin"), resendExpiredInvitations, { hubId: w.world.hubId }));
    const resent = answers.map((r) => (r.ok ? r.data.resent : -1)).sort();
    expect(resent[0]).toBe(0);
    expect(resent[1]).toBeGreaterThanOrEqual(2);
    for (const email of emails) expect(await mails(email)).toBe(2);
  });

  it("PR-5 AU-1 transfer the same project twice: it moves once, with one pair of audit events; the second says it was already transferred", async () => {
    const { conveyor } = await demoProjectIds(w.db);
    const dest = await addHub(w.db, w.world.hubId, "Double Click Plant", w.pid("hubAdmin"));
    await w.db.insert(hubMembers).values({ hubId: dest, personId: w.pid("hubMember"), role: "hub_member" });
    const answers = await twice(() => execute(w.db, w.actor("hubMember"), transferProject, { projectId: conveyor, destinationHubId: dest }));
    const [, second] = oneChanged(answers, ok);
    expect(second).toEqual({ ok: false, code: "conflict", rule: "PR-5", message: "Already transferred: the project is in Double Click Plant now, so nothing more was changed (PR-5)." });
    expect((await w.db.select({ hubId: projects.hubId }).from(projects).where(eq(projects.id, conveyor)))[0]!.hubId).toBe(dest);
    expect(await audits("project.transferred_in", conveyor)).toBe(1);
    expect(await audits("project.transferred_out", conveyor)).toBe(1);
  });

  it("AP-5 UM-5 EM-1 AU-1 the same CSV import sent twice with its key: users added and invited once, one audit event; the second answers the first's summary again", async () => {
    const t = tag();
    const csv = ["First name,Last name,Email,Products", `Ida,One,ida.${t}@imp-double.test,`, `Jon,Two,jon.${t}@imp-double.test,`, `Kai,Three,kai.${t}@imp-double.test,`].join("\n");
    const key = crypto.randomUUID();
    const elena: Actor = w.actor("secondaryAdmin2");
    const [a, b] = await Promise.all([importNamedUsers(w.db, elena, hybrid, csv, () => {}, { idempotencyKey: key }), importNamedUsers(w.db, elena, hybrid, csv, () => {}, { idempotencyKey: key })]);
    const summaries = [a, b].map((e) => (e.type === "done" ? e.summary : null));
    expect(summaries.map((s) => s?.replayed).sort()).toEqual([false, true]);
    expect(summaries.map((s) => s?.added)).toEqual([3, 3]);
    const imported = await w.db.select({ id: people.id }).from(people).innerJoin(namedUsers, and(eq(namedUsers.personId, people.id), eq(namedUsers.accountId, hybrid))).where(inArray(people.email, [`ida.${t}@imp-double.test`, `jon.${t}@imp-double.test`, `kai.${t}@imp-double.test`]));
    expect(imported).toHaveLength(3);
    for (const who of ["ida", "jon", "kai"]) expect(await mails(`${who}.${t}@imp-double.test`)).toBe(1);
    expect((await w.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, "named_users.imported"), eq(auditEvents.actorId, elena.personId))))[0]!.n).toBe(1);
    // The same key with another file is refused: a key is for one request.
    const other = await importNamedUsers(w.db, elena, hybrid, csv.replace("Kai", "Kay"), () => {}, { idempotencyKey: key });
    expect(other).toMatchObject({ type: "failed", rule: "AP-5" });
  });
});
