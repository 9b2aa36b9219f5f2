import { boolean, check, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "./auth";
import { accounts } from "./accounts";
import { products } from "./products";

export const contractChannel = pgEnum("contract_channel", ["online", "reseller"]);
export const contractManagement = pgEnum("contract_management", ["named", "classic"]);
export const contractStatus = pgEnum("contract_status", ["active", "expired"]);
export const billingState = pgEnum("billing_state", ["paid", "due", "overdue"]);

/**
 * A purchase record (PU-1). Held by the database:
 * - CL-1: exactly one contract manager is a single NOT NULL column;
 * - CL-6: at most one software coordinator is a single nullable column, and only
 *   classic contracts have one.
 */
export const contracts = pgTable(
  "contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull().references(() => accounts.id, { onDelete: "cascade" }),
    number: text("number").notNull().unique(),
    channel: contractChannel("channel").notNull(),
    management: contractManagement("management").notNull(),
    status: contractStatus("status").notNull().default("active"),
    contractManagerId: text("contract_manager_id").notNull().references(() => people.id, { onDelete: "restrict" }),
    softwareCoordinatorId: text("software_coordinator_id").references(() => people.id, { onDelete: "set null" }),
    purchasedBy: text("purchased_by").notNull().references(() => people.id, { onDelete: "restrict" }),
    termStart: date("term_start", { mode: "string" }).notNull(),
    renewalDate: date("renewal_date", { mode: "string" }).notNull(),
    autoRenew: boolean("auto_renew").notNull().default(true),
    billingState: billingState("billing_state").notNull().default("paid"),
    /** The billing contact the contract manager keeps (CL-3); null until they set it. */
    billingContactName: text("billing_contact_name"),
    billingContactEmail: text("billing_contact_email"),
    billingAddress: text("billing_address"),
    purchaseOrderNumber: text("purchase_order_number"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("contracts_account").on(t.accountId),
    index("contracts_cm").on(t.contractManagerId),
    index("contracts_sc").on(t.softwareCoordinatorId),
    check("contracts_sc_only_classic", sql`${t.softwareCoordinatorId} is null or ${t.management} = 'classic'`),
    check("contracts_term", sql`${t.renewalDate} > ${t.termStart}`),
  ],
);

/**
 * A contract's products and seats (UM-9 sums these over active named contracts; CL-12 per
 * contract). `assigned` counts the classic users holding the product (classic contracts), kept
 * by the triggers on classic_assignments (migration 0003); the check holds CL-12 in the data too.
 */
export const contractProducts = pgTable(
  "contract_products",
  {
    contractId: uuid("contract_id").notNull().references(() => contracts.id, { onDelete: "cascade" }),
    productId: uuid("product_id").notNull().references(() => products.id, { onDelete: "restrict" }),
    seats: integer("seats").notNull(),
    assigned: integer("assigned").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.contractId, t.productId] }),
    check("contract_products_seats", sql`${t.seats} > 0`),
    check("contract_products_assigned", sql`${t.assigned} >= 0 and ${t.assigned} <= ${t.seats}`),
  ],
);

/** A classic user of a contract (HY-2: separate from named users). */
export const classicUsers = pgTable(
  "classic_users",
  {
    contractId: uuid("contract_id").notNull().references(() => contracts.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.personId] }), index("classic_users_person").on(t.personId)],
);

/** A classic user's access to one of the contract's products. Seat limit (CL-12) is held by
 * locking the contract row in the assigning transaction. */
export const classicAssignments = pgTable(
  "classic_assignments",
  {
    contractId: uuid("contract_id").notNull(),
    personId: text("person_id").notNull(),
    productId: uuid("product_id").notNull(),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.contractId, t.personId, t.productId] }),
    foreignKey({ columns: [t.contractId, t.personId], foreignColumns: [classicUsers.contractId, classicUsers.personId] }).onDelete("cascade"),
    foreignKey({ columns: [t.contractId, t.productId], foreignColumns: [contractProducts.contractId, contractProducts.productId] }).onDelete("cascade"),
  ],
);

/**
 * A contract's invoices (CL-3 Decision): records only, there is no payment provider. A
 * renewal writes one, in the renewal's transaction, for the term it starts.
 */
export const contractInvoices = pgTable(
  "contract_invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull().references(() => contracts.id, { onDelete: "cascade" }),
    number: text("number").notNull().unique(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    description: text("description").notNull(),
    /** The billing contact and purchase-order number as they were when the invoice was issued. */
    billedTo: text("billed_to").notNull().default(""),
    purchaseOrderNumber: text("purchase_order_number"),
    issuedBy: text("issued_by").references(() => people.id, { onDelete: "set null" }),
  },
  (t) => [
    index("contract_invoices_contract").on(t.contractId, t.issuedAt.desc(), t.id.desc()),
    check("contract_invoices_period", sql`${t.periodEnd} > ${t.periodStart}`),
    // CL-3 Decision: one invoice per term, so a renewal that ran twice cannot bill twice (a backstop to renew-contract's check).
    uniqueIndex("contract_invoices_one_per_term").on(t.contractId, t.periodStart),
  ],
);

/**
 * Which release each contract's software coordinator was told about (CL-9): one row per
 * release, product and contract, so announcing the same release again tells nobody twice
 * (the unique key decides, even between two runs at the same moment). The contract page
 * shows its coordinator the latest ones.
 */
export const releaseNotices = pgTable(
  "release_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id").notNull().references(() => products.id, { onDelete: "cascade" }),
    version: text("version").notNull(),
    contractId: uuid("contract_id").notNull().references(() => contracts.id, { onDelete: "cascade" }),
    recipientId: text("recipient_id").references(() => people.id, { onDelete: "set null" }),
    notes: text("notes").notNull().default(""),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("release_notices_once").on(t.productId, t.version, t.contractId), index("release_notices_contract").on(t.contractId, t.sentAt.desc())],
);
