import { check, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "./auth";
import { groups, hubs } from "./hubs";

export const projectKind = pgEnum("project_kind", ["folder", "legacy"]);
export const legacyVisibility = pgEnum("legacy_visibility", ["open", "closed", "secret"]);
export const projectRole = pgEnum("project_role", ["project_admin", "editor", "viewer"]);
export const joinRequestStatus = pgEnum("join_request_status", ["pending", "approved", "declined"]);
export const itemKind = pgEnum("item_kind", ["folder", "file"]);

/** A project: folder-level, or legacy with a visibility (LP-1). */
export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hubId: uuid("hub_id").notNull().references(() => hubs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: projectKind("kind").notNull(),
    visibility: legacyVisibility("visibility"),
    ownerId: text("owner_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("projects_hub").on(t.hubId),
    // LP-1: legacy projects have exactly one visibility; folder-level projects none.
    check("projects_visibility_kind", sql`(${t.kind} = 'legacy') = (${t.visibility} is not null)`),
  ],
);

/** Project members with their project role (PR-1). The 500-member cap (PR-6) is held by the
 * adding service, which locks the project row and counts people plus groups. */
export const projectMembers = pgTable(
  "project_members",
  {
    projectId: uuid("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    role: projectRole("role").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.personId] }), index("project_members_person").on(t.personId)],
);

/** Groups added to a project (a group counts as one member, PR-6). */
export const projectGroups = pgTable(
  "project_groups",
  {
    projectId: uuid("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
    groupId: uuid("group_id").notNull().references(() => groups.id, { onDelete: "cascade" }),
    role: projectRole("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.groupId] })],
);

/** Requests to join a project (FP-4, LP-5, PR-2); one pending request per person and project. */
export const joinRequests = pgTable(
  "join_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
    personId: text("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    status: joinRequestStatus("status").notNull().default("pending"),
    message: text("message").notNull().default(""),
    decidedBy: text("decided_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("join_requests_one_pending").on(t.projectId, t.personId).where(sql`${t.status} = 'pending'`)],
);

/** Project content: folders and files (PR-1: Viewers read, Editors create/rename/delete). */
export const projectItems = pgTable(
  "project_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => projectItems.id, { onDelete: "cascade" }),
    kind: itemKind("kind").notNull(),
    name: text("name").notNull(),
    createdBy: text("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("project_items_project").on(t.projectId, t.parentId)],
);

/** Public share links to project content (HB-3 sharing; disabled with the hub's sharing or by transfer, PR-5). */
export const shareLinks = pgTable(
  "share_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id").notNull().references(() => projectItems.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: text("created_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
);
