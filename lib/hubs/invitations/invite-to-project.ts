import { randomUUID } from "node:crypto";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { hubs, invitations, projectRole, projects } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { emailAddress } from "@/lib/input/schemas";
import { loadProjectInviteFacts } from "@/lib/permissions/facts";
import { LIMITS } from "@/lib/security/limits";
import { enqueueInvitationEmail, invitationExpiry } from "./invitation-email";
import { newInvitationToken } from "./invitation-token";

/**
 * HB-5: invite one person to an existing project of the hub (the project's own rules,
 * FP-1 / FP-4 / LP-2 / PR-3 / PR-6, decide who may). Someone not in the hub becomes a
 * Project Contributor on accepting. One live invitation per person and project (HB-7).
 */
export const inviteToProject = defineAction({
  input: z.object({ projectId: z.uuid(), email: emailAddress(), role: z.enum(projectRole.enumValues, "Choose a project role.") }),
  action: "projects.invite",
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: (tx, { projectId, email, role }, actor) => loadProjectInviteFacts(tx, actor.personId, projectId, email, role),
  run: async (tx, { projectId, email, role }, { actor, facts }) => {
    const [p] = await tx.select({ name: projects.name, hubName: hubs.name }).from(projects).innerJoin(hubs, eq(hubs.id, projects.hubId)).where(eq(projects.id, projectId));
    const id = randomUUID();
    const { token, hash } = newInvitationToken(id);
    const expiresAt = invitationExpiry();
    const hubId = facts.resource.hub.hubId;
    const inserted = await tx
      .insert(invitations)
      .values({ id, hubId, projectId, email, hubRole: "project_contributor", projectRole: role, tokenHash: hash, expiresAt, invitedBy: actor.personId })
      .onConflictDoNothing()
      .returning({ id: invitations.id });
    // conflict: the one-live-invitation index refused a duplicate (a double submit, or an earlier invitation).
    if (inserted.length === 0) throw conflict(`${email} is already invited to this project (HB-7).`, "HB-7");
    await enqueueInvitationEmail(tx, { to: email, token, inviterName: actor.name, hubName: p?.hubName ?? "", projectName: p?.name ?? "" });
    return {
      data: { invitationId: id, hubId },
      audit: { action: "invitation.sent", hubId, accountId: facts.resource.hub.accountId, targetType: "invitation", targetId: id, targetLabel: email, after: { email, projectId, projectRole: role, status: "pending", expiresAt: expiresAt.toISOString() } },
    };
  },
  revalidate: (_input, data) => [`/hubs/${data.hubId}/invitations`],
});
