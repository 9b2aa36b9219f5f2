import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubMembers, invitations, projectMembers, projects } from "@/db/schema";
import { DomainError } from "@/lib/actions/result";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubTarget, loadProjectInfo, PROJECT_MEMBER_CAP, roleOnAccept } from "@/lib/permissions";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";

/**
 * LP-2 / LP-3 at the moment of accepting, not only at sending: the invitee may have been
 * turned into a Project Contributor since (HB-10), so the hub role they accept with is the
 * one checked. A refusal leaves the invitation pending (the transaction rolls back).
 */
async function refuseWhatAContributorMayNotBe(tx: Db, projectId: string, projectRole: string | null) {
  const [p] = await tx.select({ kind: projects.kind, visibility: projects.visibility }).from(projects).where(eq(projects.id, projectId));
  if (!p) return;
  if (p.kind === "legacy" && p.visibility === "open") {
    throw new DomainError("denied", "Project Contributors cannot be members of Open projects, so this invitation can no longer be accepted (LP-2).", "LP-2");
  }
  if (p.kind === "legacy" && projectRole === "project_admin") {
    throw new DomainError("denied", "A Project Contributor cannot be project administrator of a legacy project, so this invitation can no longer be accepted (LP-3).", "LP-3");
  }
}

/**
 * HB-7 / HB-5: the invitee accepts their pending, unexpired invitation (once: it is then
 * accepted). Someone not in the hub joins as Hub Member (hub invitation) or Project
 * Contributor (project invitation); someone in it keeps their one role (HB-4).
 * PR-6: a project invitation locks the project row first (the order every member-adding path
 * takes: project row, then its invitation), and the 500-member cap is counted under that lock.
 */
export const acceptInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.respond",
  facts: async (tx, { invitationId }, actor) => {
    const [inv] = await tx.select({ projectId: invitations.projectId }).from(invitations).where(eq(invitations.id, invitationId));
    if (inv?.projectId) await loadProjectInfo(tx, inv.projectId, { lock: true });
    return lockInvitationFacts(tx, invitationId, actor);
  },
  run: async (tx, { invitationId }, { actor }) => {
    const row = await loadInvitationRow(tx, invitationId);
    const current = await loadHubTarget(tx, row.hubId, actor.personId);
    const role = roleOnAccept(row.projectId ? "project" : "hub", current?.role ?? null);
    if (row.projectId && role === "project_contributor") await refuseWhatAContributorMayNotBe(tx, row.projectId, row.projectRole);
    if (row.projectId && row.projectRole) {
      const project = await loadProjectInfo(tx, row.projectId);
      const [already] = await tx.select({ id: projectMembers.personId }).from(projectMembers).where(and(eq(projectMembers.projectId, row.projectId), eq(projectMembers.personId, actor.personId)));
      if (project && !already && project.memberCount + 1 > PROJECT_MEMBER_CAP) {
        throw new DomainError("denied", `A project has at most ${PROJECT_MEMBER_CAP} members, and a group counts as one, so this invitation cannot be accepted now (PR-6).`, "PR-6");
      }
    }
    // Joined by domain a moment ago? The primary key (HB-4) keeps their one membership.
    if (!current) await tx.insert(hubMembers).values({ hubId: row.hubId, personId: actor.personId, role }).onConflictDoNothing();
    if (row.projectId && row.projectRole) {
      await tx.insert(projectMembers).values({ projectId: row.projectId, personId: actor.personId, role: row.projectRole }).onConflictDoNothing();
    }
    await tx.update(invitations).set({ status: "accepted", respondedAt: new Date() }).where(eq(invitations.id, row.id));
    return {
      data: { invitationId: row.id, hubId: row.hubId, projectId: row.projectId, role },
      audit: {
        ...invitationAudit(row, "invitation.accepted", { status: row.status }, { status: "accepted", hubRole: role, ...(row.projectRole ? { projectRole: row.projectRole } : {}) }),
        sideEffects: current ? [] : [{ rule: "HB-5", effect: `Joined the hub as ${role === "hub_member" ? "Hub Member" : "Project Contributor"}` }],
      },
    };
  },
  revalidate: () => ["/invitations", "/hubs"],
});
