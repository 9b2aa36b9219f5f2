import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import type { Db } from "@/db/client";
import {
  accountAdmins,
  accounts,
  auditEvents,
  contractProducts,
  contracts,
  namedUsers,
  outboxEmails,
  people,
  products,
} from "@/db/schema";
import { DomainError } from "@/lib/actions/result";
import {
  recordPurchase,
  recordPurchaseInTransaction,
  type RecordPurchaseInput,
} from "./record-purchase";
import { recordRenewal } from "./record-renewal";

let t: TestDb;
let db: Db;

beforeAll(async () => {
  t = await createTestDb("purchase");
  db = t.db;
  await db.insert(products).values([
    { code: "ACD", name: "AutoCAD" },
    { code: "F360", name: "Fusion" },
  ]);
});

afterAll(async () => {
  await t?.drop();
});

let seq = 0;
/** A purchase on a new account by a new person, unless the test says otherwise. */
function purchase(over: Partial<RecordPurchaseInput> = {}): RecordPurchaseInput {
  seq += 1;
  return {
    account: { newAccountName: `Account ${seq}` },
    purchaser: { email: `buyer${seq}@example.com`, firstName: "Buyer", lastName: `Number${seq}` },
    channel: "online",
    management: "named",
    products: [{ productCode: "ACD", seats: 5 }],
    termStart: "2025-01-01",
    renewalDate: "2026-01-01",
    autoRenew: true,
    ...over,
  };
}

async function personId(email: string): Promise<string> {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.email, email));
  if (!row) throw new Error(`no person ${email}`);
  return row.id;
}

async function adminsOf(accountId: string) {
  return db.select({ personId: accountAdmins.personId, role: accountAdmins.role }).from(accountAdmins).where(eq(accountAdmins.accountId, accountId));
}

const countedTables = { accounts, people, contracts, contractProducts, namedUsers, accountAdmins, auditEvents, outboxEmails };

async function rowCounts(): Promise<Record<keyof typeof countedTables, number>> {
  const entries = await Promise.all(
    Object.entries(countedTables).map(async ([name, table]) => {
      const [row] = await db.select({ n: count() }).from(table);
      return [name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<keyof typeof countedTables, number>;
}

/** The PostgreSQL error code anywhere in an error's cause chain (drizzle wraps driver errors). */
function pgCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && typeof e === "object" && e !== null; depth++) {
    const { code, cause } = e as { code?: unknown; cause?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = cause;
  }
  return undefined;
}

describe("recordPurchase", () => {
  it("PU-1 a purchase creates a contract whose contract manager is the purchaser", async () => {
    const input = purchase({
      purchaser: { email: "Ana.Ruiz@PU1.example", firstName: "Ana", lastName: "Ruiz" },
      channel: "reseller",
      management: "classic",
      products: [{ productCode: "acd", seats: 3 }, { productCode: "F360", seats: 2 }],
    });
    const result = await recordPurchaseInTransaction(db, input);

    const anaId = await personId("ana.ruiz@pu1.example"); // emails are stored lowercased
    const [contract] = await db.select().from(contracts).where(eq(contracts.id, result.contractId));
    expect(contract).toMatchObject({
      accountId: result.accountId,
      contractManagerId: anaId,
      purchasedBy: anaId,
      channel: "reseller",
      management: "classic",
      status: "active",
      termStart: "2025-01-01",
      renewalDate: "2026-01-01",
    });
    expect(contract?.number).toMatch(/^\d{12}$/);
    const lines = await db
      .select({ code: products.code, seats: contractProducts.seats })
      .from(contractProducts)
      .innerJoin(products, eq(products.id, contractProducts.productId))
      .where(eq(contractProducts.contractId, result.contractId));
    expect(lines.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: "ACD", seats: 3 },
      { code: "F360", seats: 2 },
    ]);
  });

  it("PU-2 a named purchase on an account with no primary admin makes the purchaser primary admin and named user", async () => {
    const input = purchase();
    const result = await recordPurchaseInTransaction(db, input);
    expect(result.primaryAdminAssigned).toBe(true);

    const buyerId = await personId(input.purchaser.email);
    expect(await adminsOf(result.accountId)).toEqual([{ personId: buyerId, role: "primary" }]);
    const [named] = await db.select().from(namedUsers).where(and(eq(namedUsers.accountId, result.accountId), eq(namedUsers.personId, buyerId)));
    expect(named?.status).toBe("active");
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.contractId, result.contractId));
    expect(event?.sideEffects).toEqual([expect.objectContaining({ rule: "PU-2" })]);
  });

  it("PU-2 a second named purchase by someone else leaves the primary admin as is", async () => {
    const first = purchase();
    const { accountId } = await recordPurchaseInTransaction(db, first);
    const second = purchase({ account: { accountId }, products: [{ productCode: "F360", seats: 4 }] });
    const result = await recordPurchaseInTransaction(db, second);

    expect(result.primaryAdminAssigned).toBe(false);
    expect(await adminsOf(accountId)).toEqual([{ personId: await personId(first.purchaser.email), role: "primary" }]);
    const secondId = await personId(second.purchaser.email);
    expect(await db.select().from(namedUsers).where(and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, secondId)))).toEqual([]);
    // The second purchaser still manages their own contract (PU-1).
    const [contract] = await db.select({ cm: contracts.contractManagerId }).from(contracts).where(eq(contracts.id, result.contractId));
    expect(contract?.cm).toBe(secondId);
  });

  it("PU-2 a classic purchase makes no primary admin", async () => {
    const result = await recordPurchaseInTransaction(db, purchase({ management: "classic" }));
    expect(result.primaryAdminAssigned).toBe(false);
    expect(await adminsOf(result.accountId)).toEqual([]);
    expect(await db.select().from(namedUsers).where(eq(namedUsers.accountId, result.accountId))).toEqual([]);
  });

  it("PU-3 the contract manager gets a confirmation email per purchase and renewal (outbox)", async () => {
    const email = "carla.manager@pu3.example";
    const purchaser = { email, firstName: "Carla", lastName: "Manager" };
    const first = await recordPurchaseInTransaction(db, purchase({ purchaser }));
    await recordPurchaseInTransaction(db, purchase({ purchaser, account: { accountId: first.accountId }, management: "classic" }));
    await db.transaction((tx) => recordRenewal(tx, { contractId: first.contractId, newRenewalDate: "2027-01-01" }));

    const mails = await db
      .select({ kind: outboxEmails.kind, status: outboxEmails.status, text: outboxEmails.text })
      .from(outboxEmails)
      .where(eq(outboxEmails.to, email));
    expect(mails.map((m) => m.kind).sort()).toEqual(["purchase-confirmation", "purchase-confirmation", "renewal-confirmation"]);
    expect(mails.every((m) => m.status === "pending")).toBe(true);

    const [renewed] = await db.select({ renewalDate: contracts.renewalDate }).from(contracts).where(eq(contracts.id, first.contractId));
    expect(renewed?.renewalDate).toBe("2027-01-01");
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.contractId, first.contractId), eq(auditEvents.action, "contract.renewed")));
    expect(event).toMatchObject({ before: { renewalDate: "2026-01-01" }, after: { renewalDate: "2027-01-01" } });
  });

  it("PU-3 a renewal must move the renewal date forward", async () => {
    const { contractId } = await recordPurchaseInTransaction(db, purchase());
    const before = await rowCounts();
    await expect(db.transaction((tx) => recordRenewal(tx, { contractId, newRenewalDate: "2025-06-01" }))).rejects.toBeInstanceOf(DomainError);
    expect(await rowCounts()).toEqual(before);
  });

  it("AU-1 recording a purchase writes one audit event in the same transaction", async () => {
    const before = await rowCounts();
    const result = await recordPurchaseInTransaction(db, purchase());
    const after = await rowCounts();
    expect(after.auditEvents - before.auditEvents).toBe(1);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.contractId, result.contractId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "contract.purchase_recorded",
      accountId: result.accountId,
      targetType: "contract",
      targetId: result.contractId,
      actorLabel: "Online store",
    });
    expect(events[0]?.after).toMatchObject({ management: "named", products: [{ code: "ACD", seats: 5 }] });

    // Same transaction: when the caller's transaction fails later, neither contract nor event remains.
    const number = "AU1-ROLLBACK-1";
    await expect(
      db.transaction(async (tx) => {
        await recordPurchase(tx, purchase({ contractNumber: number }));
        throw new Error("caller fails after recording");
      }),
    ).rejects.toThrow("caller fails after recording");
    expect(await db.select().from(contracts).where(eq(contracts.number, number))).toEqual([]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.targetLabel, number))).toEqual([]);
  });

  it("UM-4 a purchaser who is admin of another account is not made primary admin", async () => {
    const input = purchase();
    const home = await recordPurchaseInTransaction(db, input);
    expect(home.primaryAdminAssigned).toBe(true);

    const elsewhere = await recordPurchaseInTransaction(db, purchase({ purchaser: input.purchaser }));
    expect(elsewhere.primaryAdminAssigned).toBe(false);
    expect(await adminsOf(elsewhere.accountId)).toEqual([]);
    const buyerId = await personId(input.purchaser.email);
    expect(await adminsOf(home.accountId)).toEqual([{ personId: buyerId, role: "primary" }]);
    // The contract is still recorded, with the reason for the skipped step in its audit event.
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.contractId, elsewhere.contractId));
    expect(event?.sideEffects).toEqual([{ rule: "UM-4", effect: expect.stringContaining("already an admin of another account") }]);
    const [contract] = await db.select({ cm: contracts.contractManagerId }).from(contracts).where(eq(contracts.id, elsewhere.contractId));
    expect(contract?.cm).toBe(buyerId);
  });

  it("CL-1 a contract has exactly one contract manager (NOT NULL column rejects null)", async () => {
    const { accountId, contractId } = await recordPurchaseInTransaction(db, purchase({ management: "classic" }));
    const [contract] = await db.select({ purchasedBy: contracts.purchasedBy }).from(contracts).where(eq(contracts.id, contractId));

    const insertWithout = db.execute(sql`
      insert into contracts (account_id, number, channel, management, contract_manager_id, purchased_by, term_start, renewal_date)
      values (${accountId}, 'CL1-NO-CM', 'online', 'classic', null, ${contract!.purchasedBy}, '2025-01-01', '2026-01-01')`);
    await expect(insertWithout).rejects.toSatisfy((e: unknown) => pgCode(e) === "23502");
    const clearManager = db.execute(sql`update contracts set contract_manager_id = null where id = ${contractId}`);
    await expect(clearManager).rejects.toSatisfy((e: unknown) => pgCode(e) === "23502");
  });

  it("invalid input is refused by the zod schema and writes nothing", async () => {
    const before = await rowCounts();
    const bad = purchase({
      purchaser: { email: "not-an-email", firstName: "", lastName: "X" },
      products: [{ productCode: "ACD", seats: 0 }],
      termStart: "2025-01-01",
      renewalDate: "2024-01-01",
    });
    const error = await recordPurchaseInTransaction(db, bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(z.ZodError);
    const paths = (error as z.ZodError).issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["purchaser.email", "purchaser.firstName", "products.0.seats"]));

    const backwards = purchase({ termStart: "2025-01-01", renewalDate: "2024-01-01" });
    await expect(recordPurchaseInTransaction(db, backwards)).rejects.toSatisfy(
      (e: unknown) => e instanceof z.ZodError && e.issues.some((i) => i.path.join(".") === "renewalDate"),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("an unknown product is not found and rolls back the whole purchase (new account and person included)", async () => {
    const before = await rowCounts();
    await expect(recordPurchaseInTransaction(db, purchase({ products: [{ productCode: "NOPE", seats: 1 }] }))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      recordPurchaseInTransaction(db, purchase({ account: { accountId: "00000000-0000-4000-8000-000000000000" } })),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await rowCounts()).toEqual(before);
  });

  it("a contract number already in use is a conflict", async () => {
    await recordPurchaseInTransaction(db, purchase({ contractNumber: "NUM-0001" }));
    await expect(recordPurchaseInTransaction(db, purchase({ contractNumber: "NUM-0001" }))).rejects.toMatchObject({ code: "conflict" });
  });
});
