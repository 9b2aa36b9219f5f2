import { z } from "zod";
import { eq } from "drizzle-orm";
import { joinRequests, people, projectMembers } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { publicLink } from "@/lib/config/public-url";
import { loadJoinRequestFacts, loadProjectInfo } from "@/lib/permissions/facts";
import { projectHeader, projectPath } from "./project-input";
import { holdHubMembership } from "../hold-hub-membership";

export const decideJoinRequestInput = z.object({ requestId: z.uuid(), decision: z.enum(["approve", "decline"]) });

/**
 * A project administrator or a hub administrator approves or declines a pending join request
 * (PR-2). Approval adds the requester as Viewer; the policy refuses it past the 500-member cap
 * (PR-6: the project row is locked before the facts count its members) and when the requester
 * is no longer an active Hub Member who may join (HB-8, HB-9, FP-2, LP-2). The requester sees
 * the outcome on the project and gets an email (EM-1), written in the same transaction.
 */
export const decideJoinRequest = defineAction({
  input: decideJoinRequestInput,
  action: "projects.decideJoinRequest",
  facts: async (tx, { requestId, decision }, actor) => {
    // Locks in the order every project use case takes them: the project row, then its requests.
    const [r] = await tx.select({ projectId: joinRequests.projectId, personId: joinRequests.personId }).from(joinRequests).where(eq(joinRequests.id, requestId));
    if (!r) return null;
    const project = await loadProjectInfo(tx, r.projectId, { lock: true });
    // HB-5: a requester leaving the hub at the same moment waits, or has left before the facts are read.
    if (project && decision === "approve") await holdHubMembership(tx, project.hubId, r.personId);
    await tx.select({ id: joinRequests.id }).from(joinRequests).where(eq(joinRequests.id, requestId)).for("update");
    // Counted after the lock (a fresh statement), so two approvals cannot both take the last place.
    return loadJoinRequestFacts(tx, actor.personId, requestId, { approving: decision === "approve" });
  },
  run: async (tx, { requestId, decision }, { actor, facts }) => {
    const { project, request } = facts.resource;
    const p = await projectHeader(tx, project.projectId);
    const approved = decision === "approve";
    if (approved) {
      await tx.insert(projectMembers).values({ projectId: project.projectId, personId: request.requesterId, role: "viewer" }).onConflictDoNothing();
    }
    const status = approved ? "approved" : "declined";
    await tx.update(joinRequests).set({ status, decidedBy: actor.personId, decidedAt: new Date() }).where(eq(joinRequests.id, requestId));
    const [requester] = await tx.select({ email: people.email, firstName: people.firstName }).from(people).where(eq(people.id, request.requesterId));
    if (requester) {
      await enqueueEmail(tx, {
        kind: "join-request-decided",
        to: requester.email,
        subject: `Your request to join ${p.name} was ${status}`,
        text: [
          `Hello ${requester.firstName || requester.email},`,
          "",
          approved ? `${actor.name} approved your request: you are now a Viewer of the project ${p.name}.` : `${actor.name} declined your request to join the project ${p.name}.`,
          "",
          `The project: ${publicLink(projectPath(p.hubId, project.projectId))}`,
        ].join("\n"),
      });
    }
    return {
      data: { requestId, status, hubId: p.hubId, projectId: project.projectId },
      audit: {
        action: `project.join_request_${status}`,
        hubId: p.hubId,
        targetType: "join_request",
        targetId: requestId,
        targetLabel: requester?.email ?? "",
        before: { status: "pending" },
        after: { project: p.name, status, ...(approved ? { role: "Viewer" } : {}) },
      },
    };
  },
  revalidate: (_input, { hubId, projectId }) => [projectPath(hubId, projectId)],
});
