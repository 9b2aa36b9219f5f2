import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubs, projectItems, projects, shareLinks } from "@/db/schema";
import { hashShareToken } from "./share-token";

export type SharedItem =
  | { state: "shared"; item: { name: string; kind: "folder" | "file"; updatedAt: Date }; projectName: string }
  | { state: "no_longer_shared" }
  | { state: "not_found" };

/**
 * What a public share link shows, without sign-in (HB-3): that one item, read-only, and
 * nothing else of the project. A revoked link, one whose hub turned sharing off, or one of a
 * transferred project (PR-5 revokes them) answers "no longer shared" at once: the switch is
 * read on every open, nothing is cached.
 */
export async function openShareLink(db: Db, token: string): Promise<SharedItem> {
  if (token.length < 20 || token.length > 100 || !/^[A-Za-z0-9_-]+$/.test(token)) return { state: "not_found" };
  const [row] = await db
    .select({
      name: projectItems.name,
      kind: projectItems.kind,
      updatedAt: projectItems.updatedAt,
      projectName: projects.name,
      revokedAt: shareLinks.revokedAt,
      sharingEnabled: hubs.sharingEnabled,
    })
    .from(shareLinks)
    .innerJoin(projectItems, eq(projectItems.id, shareLinks.itemId))
    .innerJoin(projects, eq(projects.id, projectItems.projectId))
    .innerJoin(hubs, eq(hubs.id, projects.hubId))
    .where(eq(shareLinks.tokenHash, hashShareToken(token)));
  if (!row) return { state: "not_found" };
  if (row.revokedAt || !row.sharingEnabled) return { state: "no_longer_shared" };
  return { state: "shared", item: { name: row.name, kind: row.kind, updatedAt: row.updatedAt }, projectName: row.projectName };
}
