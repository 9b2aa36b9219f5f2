import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectMembers, projects } from "@/db/schema";

export type ProjectRef = { projectId: string; name: string };

/** LP-2: the hub's Open legacy projects the person belongs to (a Project Contributor may be in none). */
export async function openProjectsOf(db: Db, hubId: string, personId: string): Promise<ProjectRef[]> {
  return db
    .select({ projectId: projects.id, name: projects.name })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(and(eq(projects.hubId, hubId), eq(projects.kind, "legacy"), eq(projects.visibility, "open"), eq(projectMembers.personId, personId)))
    .orderBy(asc(projects.name));
}

/** Removes the person from those projects (HB-10 / LP-2), in the caller's transaction. */
export async function removeFromProjects(tx: Db, personId: string, list: readonly ProjectRef[]): Promise<void> {
  if (list.length === 0) return;
  await tx.delete(projectMembers).where(and(eq(projectMembers.personId, personId), inArray(projectMembers.projectId, list.map((p) => p.projectId))));
}

/** LP-3: the hub's Closed and Secret legacy projects the person administers (a Project Contributor cannot be project administrator). */
export async function adminProjectsOf(db: Db, hubId: string, personId: string): Promise<ProjectRef[]> {
  return db
    .select({ projectId: projects.id, name: projects.name })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(and(eq(projects.hubId, hubId), eq(projects.kind, "legacy"), inArray(projects.visibility, ["closed", "secret"]), eq(projectMembers.personId, personId), eq(projectMembers.role, "project_admin")))
    .orderBy(asc(projects.name));
}

/** Downgrades the person's project-administrator role in those projects to Editor (HB-10 / LP-3), in the caller's transaction. */
export async function downgradeToEditor(tx: Db, personId: string, list: readonly ProjectRef[]): Promise<void> {
  if (list.length === 0) return;
  await tx
    .update(projectMembers)
    .set({ role: "editor" })
    .where(and(eq(projectMembers.personId, personId), eq(projectMembers.role, "project_admin"), inArray(projectMembers.projectId, list.map((p) => p.projectId))));
}
