import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { cursorText, decodeCursorWith } from "@/lib/input/schemas";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { classicAssignments, classicUsers, contractProducts, contracts, namedAssignments, people, products } from "@/db/schema";
import { listProductSeats } from "../seats/product-seats";
import { billingColumns, type Billing } from "./list-invoices";

export type PersonSummary = { personId: string; name: string; email: string };

export type ContractProductDetails = {
  productId: string;
  code: string;
  name: string;
  seats: number;
  /** Classic: users of this contract holding it (CL-12). Named: named users of the account holding it (UM-9 pools seats). */
  assigned: number;
  /** Named contracts only: the seats of the account's active named contracts for this product, which assignments draw on (UM-9). */
  pooledSeats: number | null;
};

/** A classic user with the contract products they hold (names for reading, ids for the controls). */
export type ClassicUserLine = PersonSummary & { products: string[]; productIds: string[] };

export type ContractDetails = {
  contractId: string;
  accountId: string;
  number: string;
  channel: "online" | "reseller";
  management: "named" | "classic";
  status: "active" | "expired";
  termStart: string;
  renewalDate: string;
  autoRenew: boolean;
  billingState: "paid" | "due" | "overdue";
  manager: PersonSummary;
  coordinator: PersonSummary | null;
  products: ContractProductDetails[];
  /** Classic contracts only (HY-2: named users live in User Management). */
  classicUsers: ClassicUserLine[] | null;
  /** The keyset position of the next page of classic users, if there is one. */
  classicUsersNext: string | null;
  /** Billing contact and past invoices; the page shows them to the contract manager only (CL-3). */
  billing: Billing;
};

const manager = alias(people, "manager");
const coordinator = alias(people, "coordinator");
const display = (t: { name: AnyPgColumn; email: AnyPgColumn }) => sql<string>`coalesce(nullif(${t.name}, ''), ${t.email})`;

/** One contract's details. The caller has decided the actor may see it (contracts.view). */
/** Which page of the contract's classic users to read: a search and a keyset position (email, person id). */
export type ClassicUserPage = { q?: string; after?: string; limit?: number };

export const encodeUserCursor = (email: string, personId: string) => Buffer.from(JSON.stringify({ k: [email, personId] })).toString("base64url");
export const decodeUserCursor = (cursor: string): [string, string] | null => decodeCursorWith(cursor, z.object({ k: z.tuple([cursorText, cursorText]) }))?.k ?? null;

export async function loadContractDetails(db: Db, contractId: string, page: ClassicUserPage = {}): Promise<ContractDetails | null> {
  const [c] = await db
    .select({
      contractId: contracts.id,
      accountId: contracts.accountId,
      number: contracts.number,
      channel: contracts.channel,
      management: contracts.management,
      status: contracts.status,
      termStart: contracts.termStart,
      renewalDate: contracts.renewalDate,
      autoRenew: contracts.autoRenew,
      billingState: contracts.billingState,
      managerId: manager.id,
      managerName: display(manager),
      managerEmail: manager.email,
      coordinatorId: coordinator.id,
      coordinatorName: display(coordinator),
      coordinatorEmail: coordinator.email,
      ...billingColumns,
    })
    .from(contracts)
    .innerJoin(manager, eq(manager.id, contracts.contractManagerId))
    .leftJoin(coordinator, eq(coordinator.id, contracts.softwareCoordinatorId))
    .where(eq(contracts.id, contractId));
  if (!c) return null;
  const classic = c.management === "classic";
  const [lines, users] = await Promise.all([productLines(db, c.contractId, c.accountId, classic), classic ? classicUserList(db, c.contractId, page) : null]);
  return {
    contractId: c.contractId,
    accountId: c.accountId,
    number: c.number,
    channel: c.channel,
    management: c.management,
    status: c.status,
    termStart: c.termStart,
    renewalDate: c.renewalDate,
    autoRenew: c.autoRenew,
    billingState: c.billingState,
    manager: { personId: c.managerId, name: c.managerName, email: c.managerEmail },
    coordinator: c.coordinatorId && c.coordinatorEmail ? { personId: c.coordinatorId, name: c.coordinatorName, email: c.coordinatorEmail } : null,
    products: lines,
    classicUsers: users?.rows ?? null,
    classicUsersNext: users?.next ?? null,
    billing: { contact: c.billingContact, invoices: c.invoices },
  };
}

async function productLines(db: Db, contractId: string, accountId: string, classic: boolean): Promise<ContractProductDetails[]> {
  const assigned = classic
    ? sql<number>`(select count(*)::int from ${classicAssignments} ca where ca.contract_id = ${contractProducts.contractId} and ca.product_id = ${contractProducts.productId})`
    : sql<number>`(select count(*)::int from ${namedAssignments} na where na.account_id = ${accountId} and na.product_id = ${contractProducts.productId})`;
  const rows = await db
    .select({ productId: products.id, code: products.code, name: products.name, seats: contractProducts.seats, assigned })
    .from(contractProducts)
    .innerJoin(products, eq(products.id, contractProducts.productId))
    .where(eq(contractProducts.contractId, contractId))
    .orderBy(asc(products.name));
  if (classic) return rows.map((r) => ({ ...r, pooledSeats: null }));
  const pools = new Map((await listProductSeats(db, accountId)).map((p) => [p.productId, p.total]));
  return rows.map((r) => ({ ...r, pooledSeats: pools.get(r.productId) ?? 0 }));
}

async function classicUserList(db: Db, contractId: string, page: ClassicUserPage): Promise<{ rows: ClassicUserLine[]; next: string | null }> {
  const limit = page.limit ?? 50;
  const where: SQL[] = [eq(classicUsers.contractId, contractId)];
  if (page.q) {
    const like = `%${page.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(or(ilike(people.email, like), ilike(people.name, like))!);
  }
  const key = page.after ? decodeUserCursor(page.after) : null;
  if (key) where.push(sql`(${people.email}, ${people.id}) > (${key[0]}, ${key[1]})`);
  const rows = await db
    .select({
      personId: people.id,
      name: display(people),
      email: people.email,
      products: sql<string[]>`coalesce((
        select array_agg(p.name order by p.name) from ${classicAssignments} ca join ${products} p on p.id = ca.product_id
        where ca.contract_id = ${classicUsers.contractId} and ca.person_id = ${classicUsers.personId}), '{}')`,
      productIds: sql<string[]>`coalesce((
        select array_agg(ca.product_id::text) from ${classicAssignments} ca
        where ca.contract_id = ${classicUsers.contractId} and ca.person_id = ${classicUsers.personId}), '{}')`,
    })
    .from(classicUsers)
    .innerJoin(people, eq(people.id, classicUsers.personId))
    .where(and(...where))
    .orderBy(asc(people.email), asc(people.id))
    .limit(limit + 1);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, next: rows.length > limit && last ? encodeUserCursor(last.email, last.personId) : null };
}
