import { z } from "zod";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { auditEvents, hubs, joinRequests, projectGroups, projectItems, projectMembers, projects, shareLinks } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { loadProjectInfo, loadProjectTransferFacts } from "@/lib/permissions/facts";
import { projectHeader } from "./project-input";

export const transferProjectInput = z.object({ projectId: z.uuid(), destinationHubId: z.uuid() });

export type TransferPreview = { members: number; groups: number; activeShareLinks: number; pendingJoinRequests: number; destinationName: string };

/** What a transfer would do (PR-5), shown before confirming: nothing is changed. */
export async function previewTransfer(db: Db, projectId: string, destinationHubId: string): Promise<TransferPreview> {
  const items = db.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, projectId));
  const [[m], [g], [l], [j], [h]] = await Promise.all([
    db.select({ n: count() }).from(projectMembers).where(eq(projectMembers.projectId, projectId)),
    db.select({ n: count() }).from(projectGroups).where(eq(projectGroups.projectId, projectId)),
    db.select({ n: count() }).from(shareLinks).where(and(inArray(shareLinks.itemId, items), isNull(shareLinks.revokedAt))),
    db.select({ n: count() }).from(joinRequests).where(and(eq(joinRequests.projectId, projectId), eq(joinRequests.status, "pending"))),
    db.select({ name: hubs.name }).from(hubs).where(eq(hubs.id, destinationHubId)),
  ]);
  return { members: m?.n ?? 0, groups: g?.n ?? 0, activeShareLinks: l?.n ?? 0, pendingJoinRequests: j?.n ?? 0, destinationName: h?.name ?? "" };
}

/**
 * A transfer the actor already made (a double click, a retry): the project is in the hub they
 * ask for because they moved it there. Answered before the policy, which would otherwise say
 * "pick another hub" (or "not found"); only the actor's own transfer is named, so it tells
 * them nothing they did not do. Anyone else's request is decided by the policy as usual.
 */
async function refuseIfAlreadyTransferred(tx: Db, actor: Actor, projectId: string, destinationHubId: string): Promise<void> {
  const [last] = await tx
    .select({ actorId: auditEvents.actorId, hub: hubs.name })
    .from(auditEvents)
    .innerJoin(hubs, eq(hubs.id, destinationHubId))
    .where(and(eq(auditEvents.hubId, destinationHubId), eq(auditEvents.action, "project.transferred_in"), eq(auditEvents.targetId, projectId)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(1);
  // conflict: the actor's own earlier transfer already moved it (a double click, PR-5).
  if (last && last.actorId === actor.personId) throw conflict(`Already transferred: the project is in ${last.hub} now, so nothing more was changed (PR-5).`, "PR-5");
}

/**
 * Moves a project to another hub (PR-5): a hub administrator of the source, or a project
 * administrator who is a Hub Member, who is an active Hub Member or Hub Administrator of the
 * destination; never a Project Contributor (FP-3). Members, groups and pending join requests
 * stay behind, the person transferring becomes its Project Administrator there, and every
 * public share link stops working. The project row is locked first, so of two transfers at
 * once the second sees the first's result.
 */
export const transferProject = defineAction({
  input: transferProjectInput,
  action: "projects.transfer",
  facts: async (tx, { projectId, destinationHubId }, actor) => {
    const project = await loadProjectInfo(tx, projectId, { lock: true });
    if (project?.hubId === destinationHubId) await refuseIfAlreadyTransferred(tx, actor, projectId, destinationHubId);
    return loadProjectTransferFacts(tx, actor.personId, projectId, destinationHubId);
  },
  run: async (tx, { projectId, destinationHubId }, { actor }) => {
    const p = await projectHeader(tx, projectId);
    const preview = await previewTransfer(tx, projectId, destinationHubId);
    const items = tx.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, projectId));
    await tx.update(shareLinks).set({ revokedAt: new Date() }).where(and(inArray(shareLinks.itemId, items), isNull(shareLinks.revokedAt)));
    await tx.delete(projectMembers).where(eq(projectMembers.projectId, projectId));
    await tx.delete(projectGroups).where(eq(projectGroups.projectId, projectId));
    await tx.delete(joinRequests).where(and(eq(joinRequests.projectId, projectId), eq(joinRequests.status, "pending")));
    await tx.update(projects).set({ hubId: destinationHubId }).where(eq(projects.id, projectId));
    await tx.insert(projectMembers).values({ projectId, personId: actor.personId, role: "project_admin" });
    const sideEffects = [
      { rule: "PR-5", effect: `${preview.members} members and ${preview.groups} groups were not moved` },
      { rule: "PR-5", effect: `${actor.name} became the project's Project Administrator in ${preview.destinationName}` },
      { rule: "PR-5", effect: `${preview.activeShareLinks} public share links stopped working` },
    ];
    const event = { targetType: "project", targetId: projectId, targetLabel: p.name, before: { hubId: p.hubId }, after: { hubId: destinationHubId, hub: preview.destinationName }, sideEffects };
    return {
      data: { projectId, fromHubId: p.hubId, hubId: destinationHubId },
      audit: [
        { action: "project.transferred_out", hubId: p.hubId, ...event },
        { action: "project.transferred_in", hubId: destinationHubId, ...event },
      ],
    };
  },
  revalidate: (_i, { fromHubId, hubId, projectId }) => [`/hubs/${fromHubId}`, `/hubs/${hubId}`, `/hubs/${hubId}/projects/${projectId}`],
});
