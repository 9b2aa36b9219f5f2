import { z } from "zod";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectItems, projects } from "@/db/schema";
import { text } from "@/lib/input/schemas";
import { notFound } from "@/lib/actions/result";

/** Shared input pieces of the project use cases (lib/hubs/projects/*). */
export const projectName = text({ min: 1, max: 120, minMessage: "Give the project a name.", maxMessage: "Use at most 120 characters." });
export const itemName = text({ min: 1, max: 200, minMessage: "Give it a name.", maxMessage: "Use at most 200 characters." });
export const groupName = text({ min: 1, max: 120, minMessage: "Give the group a name.", maxMessage: "Use at most 120 characters." });
export const projectRoleInput = z.enum(["project_admin", "editor", "viewer"]);
export const personIdInput = text({ min: 1, max: 200 });
/** The kind a creator picks: folder-level, or a legacy visibility (LP-1). */
export const projectKindInput = z.enum(["folder", "open", "closed", "secret"]);

export const KIND_LABELS = { folder: "Folder-level", open: "Open", closed: "Closed", secret: "Secret" } as const;
export const kindLabel = (p: { visibility: "open" | "closed" | "secret" | null }) => KIND_LABELS[p.visibility ?? "folder"];

export const projectPath = (hubId: string, projectId: string) => `/hubs/${hubId}/projects/${projectId}`;

/** The project's name and hub, for audit events and emails. */
export async function projectHeader(tx: Db, projectId: string): Promise<{ name: string; hubId: string }> {
  const [p] = await tx.select({ name: projects.name, hubId: projects.hubId }).from(projects).where(eq(projects.id, projectId));
  if (!p) throw notFound("This project");
  return p;
}

/** An item of THIS project (an id from another project is "not found"). */
export async function projectItem(tx: Db, projectId: string, itemId: string) {
  const [item] = await tx
    .select({ id: projectItems.id, name: projectItems.name, kind: projectItems.kind, parentId: projectItems.parentId })
    .from(projectItems)
    .where(and(eq(projectItems.id, itemId), eq(projectItems.projectId, projectId)));
  if (!item) throw notFound("This item");
  return item;
}
