import { and, eq } from "drizzle-orm";
import { hubDepartures, hubMembers, invitations, projectMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { loadHubTarget, loadInvitationAcceptanceFacts, loadProjectInfo } from "@/lib/permissions/facts";
import { roleOnAccept } from "@/lib/permissions";
import { invitationIdInput } from "./invitation-input";
import { invitationAudit, loadInvitationRow } from "./invitation-row";
import { lockInvitationFacts } from "./lock-invitation-facts";
import { holdHubMembership } from "../hold-hub-membership";

/**
 * HB-7 / HB-5: the invitee accepts their pending, unexpired invitation (once: it is then
 * accepted). Someone not in the hub joins as Hub Member (hub invitation) or Project
 * Contributor (project invitation); someone in it keeps their one role (HB-4).
 * The policy decides at the moment of accepting, not only at sending (decide-hub.ts): LP-2 / LP-3
 * for the role they would hold (they may have been made a Project Contributor since, HB-10),
 * PR-6 for the project, and HB-8's memory of a removal (only a hub administrator's later invitation
 * brings them back). A refusal leaves the invitation pending.
 * PR-6: a project invitation locks the project row first (the order every member-adding path
 * takes: project row, then its invitation), and the 500-member cap is counted under that lock.
 * HB-8 Decision: accepting clears the hub's memory of the person's departure: they are a member
 * again by an administrator's choice, and leaving later is judged afresh.
 */
export const acceptInvitation = defineAction({
  input: invitationIdInput,
  action: "invitations.respond",
  facts: async (tx, { invitationId }, actor) => {
    const [inv] = await tx.select({ projectId: invitations.projectId, hubId: invitations.hubId }).from(invitations).where(eq(invitations.id, invitationId));
    const project = inv?.projectId ? await loadProjectInfo(tx, inv.projectId, { lock: true }) : null;
    // HB-5: a member leaving at the same moment waits, or has left before the facts are read.
    if (inv) await holdHubMembership(tx, inv.hubId, actor.personId);
    const facts = await lockInvitationFacts(tx, invitationId, actor);
    if (!facts) return null;
    const acceptance = await loadInvitationAcceptanceFacts(tx, actor.personId, invitationId, project);
    return acceptance ? { actor: facts.actor, resource: { ...facts.resource, acceptance } } : null;
  },
  run: async (tx, { invitationId }, { actor, facts }) => {
    const row = await loadInvitationRow(tx, invitationId);
    const current = await loadHubTarget(tx, row.hubId, actor.personId);
    const role = roleOnAccept(row.projectId ? "project" : "hub", current?.role ?? null);
    // Joined by domain a moment ago? The primary key (HB-4) keeps their one membership, and only
    // the request that made it records the join (AU-1).
    const joined = current ? [] : await tx.insert(hubMembers).values({ hubId: row.hubId, personId: actor.personId, role }).onConflictDoNothing().returning({ personId: hubMembers.personId });
    if (row.projectId && row.projectRole) {
      await tx.insert(projectMembers).values({ projectId: row.projectId, personId: actor.personId, role: row.projectRole }).onConflictDoNothing();
    }
    await tx.update(invitations).set({ status: "accepted", respondedAt: new Date() }).where(eq(invitations.id, row.id));
    const departure = facts.resource.acceptance?.departure ?? null;
    if (departure) await tx.delete(hubDepartures).where(and(eq(hubDepartures.hubId, row.hubId), eq(hubDepartures.personId, actor.personId)));
    return {
      data: { invitationId: row.id, hubId: row.hubId, projectId: row.projectId, role },
      audit: {
        ...invitationAudit(row, "invitation.accepted", { status: row.status }, { status: "accepted", hubRole: role, ...(row.projectRole ? { projectRole: row.projectRole } : {}) }),
        sideEffects: [
          ...(joined.length === 0 ? [] : [{ rule: "HB-5", effect: `Joined the hub as ${role === "hub_member" ? "Hub Member" : "Project Contributor"}` }]),
          ...(departure ? [{ rule: "HB-8", effect: "Back by a hub administrator's invitation: the hub no longer remembers their departure" }] : []),
        ],
      },
    };
  },
  revalidate: () => ["/invitations", "/hubs"],
});
