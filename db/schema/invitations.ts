import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { people } from "./auth";
import { hubs, hubRole } from "./hubs";
import { projectRole, projects } from "./projects";

/** HB-7: pending until accepted, declined, cancelled or expired; `awaiting_approval` and
 * `rejected` are the approval step of the `approval_required` invitation mode (HB-3). */
export const invitationStatus = pgEnum("invitation_status", [
  "awaiting_approval",
  "pending",
  "accepted",
  "declined",
  "cancelled",
  "expired",
  "rejected",
]);

/** An invitation to a hub (role Hub Member, HB-5) or to a project (with a project role). */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hubId: uuid("hub_id").notNull().references(() => hubs.id, { onDelete: "cascade" }),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    /** The hub role the invitee gets on accepting if not yet in the hub (HB-5). */
    hubRole: hubRole("hub_role").notNull(),
    projectRole: projectRole("project_role"),
    status: invitationStatus("status").notNull().default("pending"),
    /** SHA-256 of the link's token; resending replaces it, so the old link stops working. */
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    invitedBy: text("invited_by").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    index("invitations_hub_status").on(t.hubId, t.status),
    index("invitations_email_status").on(t.email, t.status),
    // HB-7: one live invitation per person and target (the hub, or one project of it). A
    // constraint, not a check in code, so a double submit or two admins at once make one.
    uniqueIndex("invitations_one_live")
      .on(t.hubId, sql`coalesce(${t.projectId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.email)
      .where(sql`${t.status} in ('pending', 'awaiting_approval')`),
    // The sent-invitations list: newest first within a hub, keyset on (created_at, id).
    index("invitations_hub_created").on(t.hubId, t.createdAt, t.id),
    check("invitations_project_role", sql`(${t.projectId} is null) = (${t.projectRole} is null)`),
    check("invitations_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * HB-7: the hashes of links a resend replaced, so the link page says "replaced by a newer
 * one" only for a link the portal really sent; any other secret with a real invitation's
 * id is simply "not valid", and reveals nothing about the invitation.
 */
export const replacedInvitationTokens = pgTable("replaced_invitation_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  invitationId: uuid("invitation_id")
    .notNull()
    .references(() => invitations.id, { onDelete: "cascade" }),
  replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
});
