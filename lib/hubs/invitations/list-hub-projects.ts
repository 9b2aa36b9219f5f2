import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projects } from "@/db/schema";

export type HubProjectOption = { projectId: string; name: string; visibility: (typeof projects.$inferSelect)["visibility"] };

/** The hub's projects, for a hub administrator's "invite to a project" form (HB-9: administrators see every project). */
export async function listHubProjects(db: Db, hubId: string): Promise<HubProjectOption[]> {
  return db.select({ projectId: projects.id, name: projects.name, visibility: projects.visibility }).from(projects).where(eq(projects.hubId, hubId)).orderBy(asc(projects.name));
}
