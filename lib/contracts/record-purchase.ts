import { randomInt } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { emailAddress, isoDay, text } from "@/lib/input/schemas";
import type { Db } from "@/db/client";
import { accountAdmins, accounts, contractProducts, contracts, namedUsers, products } from "@/db/schema";
import { writeAudit, type AuditSideEffect } from "@/lib/audit/write-audit";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { conflict, notFound } from "@/lib/actions/result";
import { findOrCreatePerson } from "@/lib/people/people";

/*
 * The one internal operation that records purchases (PU Decision): the seed, the tests
 * and scripts/record-purchase.ts all come through here, so PU-1..PU-3 hold everywhere.
 */

const seats = z.number().int().min(1).max(100_000);

const productLine = z.union([
  z.object({ productCode: text({ min: 1, max: 32 }).toUpperCase(), seats }),
  z.object({ productId: z.uuid(), seats }),
]);

const name = text({ min: 1, max: 100 });

export const recordPurchaseSchema = z
  .object({
    account: z.union([z.object({ accountId: z.uuid() }), z.object({ newAccountName: text({ min: 1, max: 200 }) })]),
    purchaser: z.object({
      email: emailAddress(),
      firstName: name,
      lastName: name,
    }),
    channel: z.enum(["online", "reseller"]),
    management: z.enum(["named", "classic"]),
    products: z.array(productLine).min(1).max(50),
    termStart: isoDay(),
    renewalDate: isoDay(),
    autoRenew: z.boolean().default(true),
    contractNumber: text({ max: 32 }).regex(/^[A-Za-z0-9-]{4,32}$/, "Use 4-32 letters, digits or dashes").optional(),
    status: z.enum(["active", "expired"]).default("active"),
    billingState: z.enum(["paid", "due", "overdue"]).default("paid"),
    /** Who the audit log names as the source; defaults to the channel ("Online store", "Reseller"). */
    actorLabel: text({ min: 1, max: 100 }).optional(),
  })
  .superRefine((v, ctx) => {
    // ISO dates compare correctly as strings; the database's contracts_term check agrees.
    if (v.renewalDate <= v.termStart) {
      ctx.addIssue({ code: "custom", path: ["renewalDate"], message: "The renewal date must be after the term start." });
    }
    const keys = v.products.map((p) => ("productCode" in p ? `code:${p.productCode}` : `id:${p.productId}`));
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: "custom", path: ["products"], message: "Each product may be listed once." });
    }
  });

export type RecordPurchaseInput = z.input<typeof recordPurchaseSchema>;
export type RecordPurchaseResult = { contractId: string; accountId: string; primaryAdminAssigned: boolean };

/**
 * Records a purchase in the caller's transaction `tx`: the contract with its products and
 * its purchaser as contract manager (PU-1), the purchaser as primary admin and named user
 * when a named purchase finds no primary admin (PU-2, unless UM-4 forbids it), a
 * confirmation email to the contract manager (PU-3) and one audit event (AU-1).
 * Throws a ZodError on invalid input and a DomainError for an unknown account or product.
 */
export async function recordPurchase(tx: Db, rawInput: RecordPurchaseInput): Promise<RecordPurchaseResult> {
  const input = recordPurchaseSchema.parse(rawInput);

  const accountId = await resolveAccount(tx, input.account);
  const purchaser = await findOrCreatePurchaser(tx, input.purchaser);
  const lines = await resolveProducts(tx, input.products);

  const contract = await insertContract(tx, input.contractNumber, {
    accountId,
    channel: input.channel,
    management: input.management,
    status: input.status,
    contractManagerId: purchaser.id,
    purchasedBy: purchaser.id,
    termStart: input.termStart,
    renewalDate: input.renewalDate,
    autoRenew: input.autoRenew,
    billingState: input.billingState,
  });
  await tx.insert(contractProducts).values(lines.map((l) => ({ contractId: contract.id, productId: l.productId, seats: l.seats })));

  const sideEffects: AuditSideEffect[] = [];
  let primaryAdminAssigned = false;
  if (input.management === "named") {
    const outcome = await assignPrimaryAdminIfNone(tx, accountId, purchaser.id);
    primaryAdminAssigned = outcome === "assigned";
    if (outcome === "assigned") {
      sideEffects.push({ rule: "PU-2", effect: `${purchaser.label} became primary admin and a named user of the account` });
    } else if (outcome === "admin-elsewhere") {
      sideEffects.push({
        rule: "UM-4",
        effect: `${purchaser.label} was not made primary admin: they are already an admin of another account`,
      });
    }
  }

  const productList = lines.map((l) => `${l.name} × ${l.seats}`).join(", ");
  await enqueueEmail(tx, {
    kind: "purchase-confirmation",
    to: purchaser.email,
    subject: `Your purchase is confirmed (contract ${contract.number})`,
    text: [
      `Hello ${purchaser.firstName},`,
      "",
      `Thank you for your purchase. You are the contract manager of contract ${contract.number}.`,
      `Products: ${productList}.`,
      `Term: ${input.termStart} to ${input.renewalDate} (auto-renew ${input.autoRenew ? "on" : "off"}).`,
      ...(primaryAdminAssigned ? ["You are also the primary admin of the account, in User Management."] : []),
    ].join("\n"),
  });

  await writeAudit(tx, {
    actorId: null,
    actorLabel: input.actorLabel ?? (input.channel === "online" ? "Online store" : "Reseller"),
    action: "contract.purchase_recorded",
    accountId,
    contractId: contract.id,
    targetType: "contract",
    targetId: contract.id,
    targetLabel: contract.number,
    before: null,
    after: {
      number: contract.number,
      channel: input.channel,
      management: input.management,
      status: input.status,
      billingState: input.billingState,
      contractManager: purchaser.email,
      products: lines.map((l) => ({ code: l.code, seats: l.seats })),
      termStart: input.termStart,
      renewalDate: input.renewalDate,
      autoRenew: input.autoRenew,
    },
    sideEffects,
  });

  return { contractId: contract.id, accountId, primaryAdminAssigned };
}

/** Opens its own transaction, for callers that have none (the command-line tool). */
export function recordPurchaseInTransaction(db: Db, input: RecordPurchaseInput): Promise<RecordPurchaseResult> {
  return db.transaction((tx) => recordPurchase(tx, input));
}

// ---------------------------------------------------------------------------------------

type ParsedInput = z.output<typeof recordPurchaseSchema>;

async function resolveAccount(tx: Db, account: ParsedInput["account"]): Promise<string> {
  if ("newAccountName" in account) {
    const [created] = await tx.insert(accounts).values({ name: account.newAccountName }).returning({ id: accounts.id });
    return created!.id;
  }
  // Locking the account row serialises purchases on one account, so two concurrent named
  // purchases cannot both find "no primary admin" (the partial unique index would then
  // fail one of them instead of letting it through).
  const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, account.accountId)).for("update");
  if (!existing) throw notFound("The account");
  return existing.id;
}

type Purchaser = { id: string; email: string; firstName: string; label: string };

/** The purchaser, created when new; an existing person keeps their name (UM-5 Decision, lib/people). */
async function findOrCreatePurchaser(tx: Db, p: ParsedInput["purchaser"]): Promise<Purchaser> {
  const { person } = await findOrCreatePerson(tx, p);
  return { id: person.id, email: person.email, firstName: person.firstName || p.firstName, label: person.label };
}

type Line = { productId: string; code: string; name: string; seats: number };

async function resolveProducts(tx: Db, lines: ParsedInput["products"]): Promise<Line[]> {
  const codes = lines.flatMap((l) => ("productCode" in l ? [l.productCode] : []));
  const ids = lines.flatMap((l) => ("productId" in l ? [l.productId] : []));
  const columns = { id: products.id, code: products.code, name: products.name };
  const found = [
    ...(codes.length ? await tx.select(columns).from(products).where(inArray(products.code, codes)) : []),
    ...(ids.length ? await tx.select(columns).from(products).where(inArray(products.id, ids)) : []),
  ];
  const resolved = lines.map((l) => {
    const product = "productCode" in l ? found.find((f) => f.code === l.productCode) : found.find((f) => f.id === l.productId);
    if (!product) throw notFound(`The product ${"productCode" in l ? l.productCode : l.productId}`);
    return { productId: product.id, code: product.code, name: product.name, seats: l.seats };
  });
  // A code and an id may name the same product; the contract holds each product once.
  if (new Set(resolved.map((r) => r.productId)).size !== resolved.length) {
    throw conflict("Each product may be listed once.");
  }
  return resolved;
}

type NewContract = Omit<typeof contracts.$inferInsert, "id" | "number" | "createdAt">;

async function insertContract(tx: Db, requested: string | undefined, values: NewContract): Promise<{ id: string; number: string }> {
  if (requested) {
    const rows = await tx
      .insert(contracts)
      .values({ ...values, number: requested })
      .onConflictDoNothing({ target: contracts.number })
      .returning({ id: contracts.id, number: contracts.number });
    if (!rows[0]) throw conflict(`A contract numbered ${requested} already exists.`);
    return rows[0];
  }
  // Random 12-digit numbers: a collision is rare, and ON CONFLICT lets us just draw again.
  for (let attempt = 0; attempt < 10; attempt++) {
    const number = String(randomInt(100_000_000_000, 1_000_000_000_000));
    const rows = await tx
      .insert(contracts)
      .values({ ...values, number })
      .onConflictDoNothing({ target: contracts.number })
      .returning({ id: contracts.id, number: contracts.number });
    if (rows[0]) return rows[0];
  }
  throw conflict("Could not allocate a contract number; try again.");
}

/** PU-2 with UM-4: what happened to the purchaser's admin role. */
async function assignPrimaryAdminIfNone(
  tx: Db,
  accountId: string,
  personId: string,
): Promise<"assigned" | "already-has-primary" | "admin-elsewhere"> {
  const [primary] = await tx
    .select({ personId: accountAdmins.personId })
    .from(accountAdmins)
    .where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.role, "primary")));
  if (primary) return "already-has-primary";

  const [adminRow] = await tx
    .select({ accountId: accountAdmins.accountId })
    .from(accountAdmins)
    .where(eq(accountAdmins.personId, personId));
  if (adminRow && adminRow.accountId !== accountId) return "admin-elsewhere";

  // A named user already (perhaps only invited): the purchase makes them active.
  await tx
    .insert(namedUsers)
    .values({ accountId, personId, status: "active" })
    .onConflictDoUpdate({ target: [namedUsers.accountId, namedUsers.personId], set: { status: "active" } });
  if (adminRow) {
    // A secondary admin of this very account is promoted: one admin row per person (UM-4).
    await tx
      .update(accountAdmins)
      .set({ role: "primary" })
      .where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.personId, personId)));
  } else {
    await tx.insert(accountAdmins).values({ accountId, personId, role: "primary" });
  }
  return "assigned";
}
