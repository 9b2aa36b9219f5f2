import { z } from "zod";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { hubs, joinRequests, projectGroups, projectItems, projectMembers, projects, shareLinks } from "@/db/schema";
import type { Db } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { loadProjectInfo, loadProjectTransferFacts } from "@/lib/permissions";
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
 * Moves a project to another hub (PR-5): a hub administrator of the source, or a project
 * administrator who is a Hub Member, who is an active Hub Member or Hub Administrator of the
 * destination; never a Project Contributor (FP-3). Members, groups and pending join requests
 * stay behind, the person transferring becomes its Project Administrator there, and every
 * public share link stops working.
 */
export const transferProject = defineAction({
  input: transferProjectInput,
  action: "projects.transfer",
  facts: async (tx, { projectId, destinationHubId }, actor) => {
    await loadProjectInfo(tx, projectId, { lock: true });
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
