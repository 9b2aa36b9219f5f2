import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * A person: someone who can sign in (one email, one identity). Doubles as the
 * Auth.js adapter's `users` table, so its first columns keep the adapter's names.
 */
export const people = pgTable(
  "people",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull().unique(),
    emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
    image: text("image"),
    firstName: text("first_name").notNull().default(""),
    lastName: text("last_name").notNull().default(""),
    /** scrypt hash; only demo people have one, and only used while password sign-in is on. */
    passwordHash: text("password_hash"),
    /** Bumped to revoke every JWT issued before (sign-out everywhere). */
    sessionVersion: integer("session_version").notNull().default(0),
    isDemo: boolean("is_demo").notNull().default(false),
    /** Set by every sign-in (Auth.js signIn event). With email_verified, "has ever signed in" (UM-5 Decision). */
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("people_name_trgm").using("gin", sql`${t.name} gin_trgm_ops`),
    index("people_email_trgm").using("gin", sql`${t.email} gin_trgm_ops`),
    // "Search everywhere" (lib/search): prefix LIKEs on the email and the lower-cased name, walked in order.
    index("people_email_prefix").using("btree", sql`${t.email} text_pattern_ops`),
    index("people_name_prefix").using("btree", sql`lower(${t.name}) text_pattern_ops`),
    // By User's orders and search read named_users' copies of these columns (db/schema/accounts.ts).
  ],
);

/** Auth.js: linked OAuth / OIDC identities. */
export const authAccounts = pgTable(
  "auth_accounts",
  {
    userId: text("user_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("auth_accounts_user").on(t.userId)],
);

/** Auth.js: database sessions. Unused with JWT sessions, kept because the adapter expects it. */
export const authSessions = pgTable("auth_sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id").notNull().references(() => people.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
});

/** Auth.js: one-time email sign-in tokens (stored hashed by Auth.js). */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);
