import { boolean, check, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "./auth";
import { accounts } from "./accounts";

export const invitationMode = pgEnum("invitation_mode", ["admins_only", "approval_required", "open"]);
export const hubRole = pgEnum("hub_role", ["hub_admin", "hub_member", "project_contributor"]);

/** A collaboration hub owned by an account (HB-3: name, access, sharing). */
export const hubs = pgTable(
  "hubs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull().references(() => accounts.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    invitationMode: invitationMode("invitation_mode").notNull().default("admins_only"),
    sharingEnabled: boolean("sharing_enabled").notNull().default(true),
    createdBy: text("created_by").notNull().references(() => people.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("hubs_account").on(t.accountId)],
);

/** Domains whose people may join the hub as Hub Members without an invitation (HB-3 Decision). */
export const hubJoinDomains = pgTable(
  "hub_join_domains",
  {
    hubId: uuid("hub_id").notNull().references(() => hubs.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.domain] }), check("hub_join_domains_lowercase", sql`${t.domain} = lower(${t.domain})`)],
);

/**
 * Hub members. HB-4 (one hub role per person per hub) is the primary key.
 * HB-8 (at least one active hub administrator) is held by the services, which lock the
 * hub's administrator rows (SELECT … FOR UPDATE) before demoting, deactivating or removing one.
 */
export const hubMembers = pgTable(
  "hub_members",
  {
    hubId: uuid("hub_id").notNull().references(() => hubs.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    role: hubRole("role").notNull(),
    active: boolean("active").notNull().default(true),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.personId] }),
    index("hub_members_person").on(t.personId),
    // The members table's default order (newest first), keyset on (joined_at, person_id).
    index("hub_members_hub_joined").on(t.hubId, t.joinedAt, t.personId),
  ],
);

/** HB-8 Decision: why the hub remembers a person who is no longer in it. */
export const hubDepartureReason = pgEnum("hub_departure_reason", ["removed", "left_while_deactivated"]);

/**
 * HB-8 Decision: people removed by a hub administrator, or who left while deactivated. Joining
 * the hub again by domain is refused for them (a hub administrator can still invite them); the
 * row is written in the same transaction as the removal or the leaving, and deleted when they
 * accept a hub administrator's invitation (they are a member again by an administrator's choice).
 * A member who leaves while active is not remembered.
 */
export const hubDepartures = pgTable(
  "hub_departures",
  {
    hubId: uuid("hub_id").notNull().references(() => hubs.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    reason: hubDepartureReason("reason").notNull(),
    /** The hub administrator who removed them; null when they left. */
    byPersonId: text("by_person_id").references(() => people.id, { onDelete: "set null" }),
    departedAt: timestamp("departed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.personId] }), index("hub_departures_person").on(t.personId)],
);

/** Groups: hub-level lists of members (PR-4). */
export const groups = pgTable(
  "groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hubId: uuid("hub_id").notNull().references(() => hubs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdBy: text("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("groups_hub_name").on(t.hubId, t.name)],
);

export const groupMembers = pgTable(
  "group_members",
  {
    groupId: uuid("group_id").notNull().references(() => groups.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.personId] })],
);
