import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubs, invitations, people, projects } from "@/db/schema";

export type InvitationRow = {
  id: string;
  hubId: string;
  hubName: string;
  accountId: string;
  projectId: string | null;
  projectName: string | null;
  projectRole: (typeof invitations.$inferSelect)["projectRole"];
  hubRole: (typeof invitations.$inferSelect)["hubRole"];
  email: string;
  status: (typeof invitations.$inferSelect)["status"];
  tokenHash: string;
  expiresAt: Date;
  inviterName: string;
};

/** One invitation with what its emails and audit events name, locked FOR UPDATE in a use case's transaction. */
export async function loadInvitationRow(tx: Db, invitationId: string, forUpdate = true): Promise<InvitationRow> {
  const q = tx
    .select({
      id: invitations.id,
      hubId: invitations.hubId,
      hubName: hubs.name,
      accountId: hubs.accountId,
      projectId: invitations.projectId,
      projectName: projects.name,
      projectRole: invitations.projectRole,
      hubRole: invitations.hubRole,
      email: invitations.email,
      status: invitations.status,
      tokenHash: invitations.tokenHash,
      expiresAt: invitations.expiresAt,
      inviterName: sql<string>`coalesce(nullif(${people.name}, ''), ${people.email}, 'A hub administrator')`,
    })
    .from(invitations)
    .innerJoin(hubs, eq(hubs.id, invitations.hubId))
    .leftJoin(projects, eq(projects.id, invitations.projectId))
    .leftJoin(people, eq(people.id, invitations.invitedBy))
    .where(eq(invitations.id, invitationId));
  const [row] = forUpdate ? await q.for("update", { of: invitations }) : await q;
  if (!row) throw new Error(`invitation ${invitationId} vanished inside its transaction`);
  return row;
}

export const invitationAudit = (row: InvitationRow, action: string, before: Record<string, unknown>, after: Record<string, unknown>) => ({
  action,
  hubId: row.hubId,
  accountId: row.accountId,
  targetType: "invitation",
  targetId: row.id,
  targetLabel: row.email,
  before,
  after,
});
