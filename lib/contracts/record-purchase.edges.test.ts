import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { accountAdmins, auditEvents, contracts, namedUsers, outboxEmails, people, products } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { recordPurchaseInTransaction, type RecordPurchaseInput } from "./record-purchase";
import { recordRenewal } from "./record-renewal";

// The purchase and renewal operation's edges (PU-1..PU-3, AU-1): what the audit event and the
// confirmation email say, the validation boundaries, and the admin roles a purchase leaves.
// Every test buys on its own new account with its own new purchaser.
let t: TestDb;
let db: Db;
let acd: string;
let seq = 0;

beforeAll(async () => {
  t = await createTestDb("purchase_edges");
  db = t.db;
  const rows = await db.insert(products).values([{ code: "ACD", name: "AutoCAD" }, { code: "F360", name: "Fusion" }]).returning({ id: products.id, code: products.code });
  acd = rows.find((r) => r.code === "ACD")!.id;
});
afterAll(async () => {
  await t?.drop();
});

function purchase(over: Partial<RecordPurchaseInput> = {}): RecordPurchaseInput {
  seq += 1;
  return {
    account: { newAccountName: `Edge Account ${seq}` },
    purchaser: { email: `edge${seq}@purchase.test`, firstName: "Edna", lastName: `Buyer${seq}` },
    channel: "online",
    management: "named",
    products: [{ productCode: "ACD", seats: 5 }],
    termStart: "2025-01-01",
    renewalDate: "2026-01-01",
    ...over,
  };
}
const buy = (over: Partial<RecordPurchaseInput> = {}) => recordPurchaseInTransaction(db, purchase(over));
const eventOf = async (contractId: string, action = "contract.purchase_recorded") =>
  (await db.select().from(auditEvents).where(and(eq(auditEvents.contractId, contractId), eq(auditEvents.action, action))))[0];
const mailTo = async (to: string, kind: string) => db.select({ subject: outboxEmails.subject, text: outboxEmails.text }).from(outboxEmails).where(and(eq(outboxEmails.to, to), eq(outboxEmails.kind, kind)));
const zodPaths = (e: unknown) => (e instanceof z.ZodError ? e.issues.map((i) => i.path.join(".")) : [`not a ZodError: ${String(e)}`]);
const refusal = (input: RecordPurchaseInput) => recordPurchaseInTransaction(db, input).then(() => null, (e: unknown) => e);

describe("recordPurchase edges", () => {
  it("AU-1 PU-1 the audit event records the whole purchase: number, channel, management, status, billing, contract manager, products, term, auto-renew", async () => {
    const input = purchase({
      channel: "reseller",
      management: "classic",
      status: "expired",
      billingState: "overdue",
      autoRenew: false,
      contractNumber: "EDGE-AUDIT-1",
      products: [{ productCode: "f360", seats: 2 }, { productId: acd, seats: 100_000 }],
    });
    const { contractId, accountId } = await recordPurchaseInTransaction(db, input);
    const event = await eventOf(contractId);
    expect(event).toMatchObject({ actorId: null, actorLabel: "Reseller", accountId, contractId, targetType: "contract", targetId: contractId, targetLabel: "EDGE-AUDIT-1", before: null, sideEffects: [] });
    expect(event!.after).toEqual({
      number: "EDGE-AUDIT-1",
      channel: "reseller",
      management: "classic",
      status: "expired",
      billingState: "overdue",
      contractManager: input.purchaser.email,
      products: [{ code: "F360", seats: 2 }, { code: "ACD", seats: 100_000 }],
      termStart: "2025-01-01",
      renewalDate: "2026-01-01",
      autoRenew: false,
    });
    const [contract] = await db.select().from(contracts).where(eq(contracts.id, contractId));
    expect(contract).toMatchObject({ status: "expired", billingState: "overdue", autoRenew: false, channel: "reseller" });
  });

  it("AU-1 the audit names the source given, else the channel; defaults: active, paid, auto-renew on", async () => {
    const given = await buy({ actorLabel: "Partner portal" });
    expect((await eventOf(given.contractId))!.actorLabel).toBe("Partner portal");
    const online = await buy();
    const event = await eventOf(online.contractId);
    expect(event!.actorLabel).toBe("Online store");
    expect(event!.after).toMatchObject({ status: "active", billingState: "paid", autoRenew: true });
  });

  it("PU-2 a named purchase on an account that has a primary admin changes no role and records no side effect", async () => {
    const first = await buy();
    const again = await buy({ account: { accountId: first.accountId } });
    expect(again.primaryAdminAssigned).toBe(false);
    expect((await eventOf(again.contractId))!.sideEffects).toEqual([]);
    expect(await db.select({ role: accountAdmins.role }).from(accountAdmins).where(eq(accountAdmins.accountId, first.accountId))).toEqual([{ role: "primary" }]);
  });

  it("PU-3 the confirmation greets the purchaser, lists the products and the term, says auto-renew on or off and whether they became primary admin", async () => {
    const named = purchase({ products: [{ productCode: "ACD", seats: 3 }, { productCode: "F360", seats: 1 }], contractNumber: "EDGE-MAIL-1" });
    await recordPurchaseInTransaction(db, named);
    const [mail] = await mailTo(named.purchaser.email, "purchase-confirmation");
    expect(mail!.subject).toContain("EDGE-MAIL-1");
    const lines = mail!.text.split("\n");
    expect(lines[0]).toContain("Edna");
    expect(mail!.text).toContain("AutoCAD × 3, Fusion × 1");
    expect(mail!.text).toContain("2025-01-01 to 2026-01-01 (auto-renew on)");
    expect(lines.some((l) => l.includes("primary admin"))).toBe(true);

    const classic = purchase({ management: "classic", autoRenew: false });
    await recordPurchaseInTransaction(db, classic);
    const [other] = await mailTo(classic.purchaser.email, "purchase-confirmation");
    expect(other!.text).toContain("(auto-renew off)");
    expect(other!.text.split("\n").some((l) => l.includes("primary admin"))).toBe(false);
  });

  it("PU-3 an existing purchaser keeps their name and is greeted by it; one with no first name is greeted by the one given", async () => {
    const [kept] = await db.insert(people).values({ email: `kept${++seq}@purchase.test`, firstName: "Keira", lastName: "Kept" }).returning({ email: people.email, id: people.id });
    await buy({ purchaser: { email: kept!.email, firstName: "Other", lastName: "Name" }, management: "classic" });
    expect((await mailTo(kept!.email, "purchase-confirmation"))[0]!.text.split("\n")[0]).toContain("Keira");
    expect((await db.select({ first: people.firstName }).from(people).where(eq(people.id, kept!.id)))[0]!.first).toBe("Keira");

    const [blank] = await db.insert(people).values({ email: `blank${++seq}@purchase.test` }).returning({ email: people.email });
    await buy({ purchaser: { email: blank!.email, firstName: "Given", lastName: "Name" }, management: "classic" });
    expect((await mailTo(blank!.email, "purchase-confirmation"))[0]!.text.split("\n")[0]).toContain("Given");
  });

  it("PU-1 validation: the renewal date must be after the term start (not equal), each product once, 1 to 100,000 seats, a product at least, a well-formed number", async () => {
    expect(zodPaths(await refusal(purchase({ termStart: "2025-05-05", renewalDate: "2025-05-05" })))).toEqual(["renewalDate"]);
    expect(zodPaths(await refusal(purchase({ products: [{ productCode: "ACD", seats: 1 }, { productCode: "acd", seats: 2 }] })))).toEqual(["products"]);
    expect(zodPaths(await refusal(purchase({ products: [{ productId: acd, seats: 1 }, { productId: acd, seats: 2 }] })))).toEqual(["products"]);
    expect(zodPaths(await refusal(purchase({ products: [{ productCode: "ACD", seats: 100_001 }] })))).toEqual(["products.0.seats"]);
    expect(zodPaths(await refusal(purchase({ products: [] })))).toEqual(["products"]);
    expect(zodPaths(await refusal(purchase({ contractNumber: "a b" })))).toEqual(["contractNumber"]);
    // A code and an id may name the same product: the contract still holds it once.
    await expect(buy({ products: [{ productCode: "ACD", seats: 1 }, { productId: acd, seats: 1 }] })).rejects.toMatchObject({ code: "conflict" });
    await expect(buy({ products: [{ productId: "00000000-0000-4000-8000-000000000000", seats: 1 }] })).rejects.toMatchObject({ code: "not_found" });
    const ok = await buy({ termStart: "2025-05-05", renewalDate: "2025-05-06", products: [{ productCode: "ACD", seats: 1 }] });
    expect(ok.contractId).toBeTruthy();
  });

  it("PU-2 UM-4 a secondary admin of the account who buys named becomes its primary admin, with one admin row", async () => {
    const first = await buy({ management: "classic" });
    const [secondary] = await db.insert(people).values({ email: `second${++seq}@purchase.test`, firstName: "Sam", lastName: "Second" }).returning({ id: people.id, email: people.email });
    await db.insert(namedUsers).values({ accountId: first.accountId, personId: secondary!.id, status: "active" });
    await db.insert(accountAdmins).values({ accountId: first.accountId, personId: secondary!.id, role: "secondary" });
    const result = await buy({ account: { accountId: first.accountId }, purchaser: { email: secondary!.email, firstName: "Sam", lastName: "Second" } });
    expect(result.primaryAdminAssigned).toBe(true);
    expect(await db.select({ personId: accountAdmins.personId, role: accountAdmins.role }).from(accountAdmins).where(eq(accountAdmins.accountId, first.accountId))).toEqual([
      { personId: secondary!.id, role: "primary" },
    ]);
    expect((await eventOf(result.contractId))!.sideEffects).toEqual([{ rule: "PU-2", effect: expect.stringContaining("primary admin") }]);
  });

  it("PU-2 an invited named user who buys named on an account without a primary admin becomes an active named user and its primary admin", async () => {
    const first = await buy({ management: "classic" });
    const [invited] = await db.insert(people).values({ email: `invited${++seq}@purchase.test`, firstName: "Ivy", lastName: "Invited" }).returning({ id: people.id, email: people.email });
    await db.insert(namedUsers).values({ accountId: first.accountId, personId: invited!.id, status: "invited" });
    const result = await buy({ account: { accountId: first.accountId }, purchaser: { email: invited!.email, firstName: "Ivy", lastName: "Invited" } });
    expect(result.primaryAdminAssigned).toBe(true);
    expect((await db.select({ status: namedUsers.status }).from(namedUsers).where(and(eq(namedUsers.accountId, first.accountId), eq(namedUsers.personId, invited!.id))))[0]!.status).toBe("active");
  });
});

describe("recordRenewal edges", () => {
  it("PU-3 AU-1 renewing an expired contract makes it active; the audit records date and status before and after, by 'Renewal' unless told", async () => {
    const input = purchase({ status: "expired", management: "classic", contractNumber: "EDGE-RENEW-1" });
    const { contractId, accountId } = await recordPurchaseInTransaction(db, input);
    await db.transaction((tx) => recordRenewal(tx, { contractId, newRenewalDate: "2026-01-02" }));
    const [contract] = await db.select({ status: contracts.status, renewalDate: contracts.renewalDate }).from(contracts).where(eq(contracts.id, contractId));
    expect(contract).toEqual({ status: "active", renewalDate: "2026-01-02" });
    expect(await eventOf(contractId, "contract.renewed")).toMatchObject({
      actorId: null,
      actorLabel: "Renewal",
      accountId,
      contractId,
      targetType: "contract",
      targetId: contractId,
      targetLabel: "EDGE-RENEW-1",
      before: { renewalDate: "2026-01-01", status: "expired" },
      after: { renewalDate: "2026-01-02", status: "active" },
    });
    const [mail] = await mailTo(input.purchaser.email, "renewal-confirmation");
    expect(mail!.subject).toContain("EDGE-RENEW-1");
    expect(mail!.text).toContain("Edna");
    expect(mail!.text).toContain("2026-01-02");

    await db.transaction((tx) => recordRenewal(tx, { contractId, newRenewalDate: "2027-01-02", actorLabel: "Reseller desk" }));
    const renewed = await db.select({ actorLabel: auditEvents.actorLabel }).from(auditEvents).where(and(eq(auditEvents.contractId, contractId), eq(auditEvents.action, "contract.renewed")));
    expect(renewed.map((r) => r.actorLabel).sort()).toEqual(["Renewal", "Reseller desk"]);
  });

  it("PU-3 a renewal to the same date is refused; an unknown contract is not found", async () => {
    const { contractId } = await buy({ management: "classic" });
    await expect(db.transaction((tx) => recordRenewal(tx, { contractId, newRenewalDate: "2026-01-01" }))).rejects.toMatchObject({ code: "conflict" });
    await expect(db.transaction((tx) => recordRenewal(tx, { contractId: "00000000-0000-4000-8000-000000000000", newRenewalDate: "2027-01-01" }))).rejects.toMatchObject({ code: "not_found" });
  });
});
