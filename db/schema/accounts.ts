import { boolean, check, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "./auth";
import { products } from "./products";

/** A customer account. Its kind (named / classic / hybrid) is derived from its contracts (HY-1). */
export const accounts = pgTable("accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const namedUserStatus = pgEnum("named_user_status", ["invited", "active"]);

/** A named user of the account's User Management (HY-2: separate from classic users). */
export const namedUsers = pgTable(
  "named_users",
  {
    accountId: uuid("account_id").notNull().references(() => accounts.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    status: namedUserStatus("status").notNull().default("invited"),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    addedBy: text("added_by").references(() => people.id, { onDelete: "set null" }),
    // Copies of the person's sort and search keys, so By User's orders and search read one
    // account's rows through one index. Kept equal to people by triggers (migration 0005):
    // never written by the application.
    sortLast: text("sort_last").notNull().default(""),
    sortFirst: text("sort_first").notNull().default(""),
    sortEmail: text("sort_email").notNull().default(""),
    /** Name and email, lower-cased, a line break between them (no search text can hold one). */
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.personId] }),
    index("named_users_person").on(t.personId),
    // By User's name and email orders, keyset-paged within one account. The columns after the
    // person hold what a page's first step reads (search text, status, date added), so a
    // search or a status filter walks the index alone, stopping at the page's last match.
    index("named_users_account_name").on(t.accountId, t.sortLast, t.sortFirst, t.personId, t.searchText, t.status, t.addedAt),
    index("named_users_account_email").on(t.accountId, t.sortEmail, t.personId, t.searchText, t.status, t.addedAt),
    // A rare fragment: the trigram index finds its few matches, then the page sorts them.
    index("named_users_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
    // By User's "date added" and "status" orders, keyset-paged within one account.
    index("named_users_account_added").on(t.accountId, t.addedAt, t.personId),
    index("named_users_account_status").on(t.accountId, t.status, t.addedAt, t.personId),
  ],
);

/** A named user's product assignment. Seat limits (UM-9) are held by locking the account's
 * contract rows in the assigning transaction, since a count cannot be a constraint. */
export const namedAssignments = pgTable(
  "named_assignments",
  {
    accountId: uuid("account_id").notNull(),
    personId: text("person_id").notNull(),
    productId: uuid("product_id").notNull().references(() => products.id, { onDelete: "restrict" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.personId, t.productId] }),
    // Removing a named user removes their assignments (UM-10).
    foreignKey({ columns: [t.accountId, t.personId], foreignColumns: [namedUsers.accountId, namedUsers.personId] }).onDelete("cascade"),
    index("named_assignments_product").on(t.accountId, t.productId),
  ],
);

/**
 * How many named users hold each product in each account (UM-9), so seat totals are read, not
 * counted. Kept by the triggers on named_assignments (migration 0003) in the transaction of
 * every insert and delete, cascades included; lib/seats/named-seats.ts locks the row to assign.
 */
export const namedSeatCounts = pgTable(
  "named_seat_counts",
  {
    accountId: uuid("account_id").notNull().references(() => accounts.id, { onDelete: "cascade" }),
    productId: uuid("product_id").notNull().references(() => products.id, { onDelete: "restrict" }),
    assigned: integer("assigned").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.productId] }), check("named_seat_counts_non_negative", sql`${t.assigned} >= 0`)],
);

/**
 * How many named users each account has, so By User's header reads a number instead of
 * counting 100k rows per request. Kept by statement triggers on named_users (migration 0011)
 * in the transaction of every insert and delete, cascades and any future door included.
 */
export const namedUserCounts = pgTable(
  "named_user_counts",
  {
    accountId: uuid("account_id").primaryKey().references(() => accounts.id, { onDelete: "cascade" }),
    users: integer("users").notNull().default(0),
  },
  (t) => [check("named_user_counts_non_negative", sql`${t.users} >= 0`)],
);

export const adminRole = pgEnum("admin_role", ["primary", "secondary"]);

/**
 * Primary and secondary admins. Held by the database:
 * - UM-4: `person_id` is unique, so a person admins at most one account;
 * - UM-1 (at most one): a partial unique index on the primary row per account;
 * - UM-1 (at least one): no service deletes or demotes a primary except the swap in
 *   change-primary-admin, which runs in one transaction (UM-2, UM-10);
 * - UM-10: the row references the named user and goes with them.
 */
export const accountAdmins = pgTable(
  "account_admins",
  {
    accountId: uuid("account_id").notNull(),
    personId: text("person_id").notNull(),
    role: adminRole("role").notNull(),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.personId] }),
    uniqueIndex("account_admins_one_account_per_person").on(t.personId),
    uniqueIndex("account_admins_one_primary").on(t.accountId).where(sql`${t.role} = 'primary'`),
    foreignKey({ columns: [t.accountId, t.personId], foreignColumns: [namedUsers.accountId, namedUsers.personId] }).onDelete("cascade"),
  ],
);

/** SSO admins (HB-1 Decision): may create hubs and manage sign-in settings, nothing in User Management. */
export const ssoAdmins = pgTable(
  "sso_admins",
  {
    accountId: uuid("account_id").notNull().references(() => accounts.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.personId] }), index("sso_admins_person").on(t.personId)],
);

/** The account's email domains and whether their people must sign in through SSO. */
export const accountDomains = pgTable(
  "account_domains",
  {
    accountId: uuid("account_id").notNull().references(() => accounts.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    ssoEnforced: boolean("sso_enforced").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.domain] }),
    uniqueIndex("account_domains_domain").on(t.domain),
    check("account_domains_lowercase", sql`${t.domain} = lower(${t.domain})`),
  ],
);
