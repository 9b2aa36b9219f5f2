import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groupMembers, groups, hubMembers, hubs, joinRequests, people, projectGroups, projectItems, projectMembers, projects, shareLinks } from "@/db/schema";
import type { HubRole, JoinRequestStatus, ProjectRole } from "@/lib/permissions";

export type ProjectItemRow = { id: string; parentId: string | null; kind: "folder" | "file"; name: string; updatedAt: Date };
export type ProjectMemberRow = { personId: string; label: string; role: ProjectRole; hubRole: HubRole | null };
export type ProjectGroupRow = { groupId: string; name: string; role: ProjectRole; members: number };
export type JoinRequestRow = { requestId: string; personId: string; label: string; message: string; createdAt: Date };
export type ShareLinkRow = { linkId: string; itemName: string; createdAt: Date };
export type Option = { id: string; label: string };

const personLabel = sql<string>`coalesce(nullif(${people.name}, ''), ${people.email}) || ' <' || ${people.email} || '>'`;

export async function loadProjectName(db: Db, projectId: string): Promise<string> {
  const [p] = await db.select({ name: projects.name }).from(projects).where(eq(projects.id, projectId));
  return p?.name ?? "";
}

/** The project's content, for readers (PR-1). Folders first, then by name. */
export function listProjectItems(db: Db, projectId: string): Promise<ProjectItemRow[]> {
  return db
    .select({ id: projectItems.id, parentId: projectItems.parentId, kind: projectItems.kind, name: projectItems.name, updatedAt: projectItems.updatedAt })
    .from(projectItems)
    .where(eq(projectItems.projectId, projectId))
    .orderBy(desc(sql`${projectItems.kind} = 'folder'`), asc(sql`lower(${projectItems.name})`))
    .limit(1000);
}

/** Members with their project role and hub role. */
export function listProjectMembers(db: Db, projectId: string, hubId: string): Promise<ProjectMemberRow[]> {
  return db
    .select({ personId: projectMembers.personId, label: personLabel, role: projectMembers.role, hubRole: hubMembers.role })
    .from(projectMembers)
    .innerJoin(people, eq(people.id, projectMembers.personId))
    .leftJoin(hubMembers, and(eq(hubMembers.personId, projectMembers.personId), eq(hubMembers.hubId, hubId)))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(asc(sql`lower(${people.email})`))
    .limit(500);
}

export function listProjectGroups(db: Db, projectId: string): Promise<ProjectGroupRow[]> {
  return db
    .select({ groupId: groups.id, name: groups.name, role: projectGroups.role, members: sql<number>`(select count(*) from group_members gm where gm.group_id = ${groups.id})::int` })
    .from(projectGroups)
    .innerJoin(groups, eq(groups.id, projectGroups.groupId))
    .where(eq(projectGroups.projectId, projectId))
    .orderBy(asc(groups.name));
}

export function listPendingJoinRequests(db: Db, projectId: string): Promise<JoinRequestRow[]> {
  return db
    .select({ requestId: joinRequests.id, personId: joinRequests.personId, label: personLabel, message: joinRequests.message, createdAt: joinRequests.createdAt })
    .from(joinRequests)
    .innerJoin(people, eq(people.id, joinRequests.personId))
    .where(and(eq(joinRequests.projectId, projectId), eq(joinRequests.status, "pending")))
    .orderBy(asc(joinRequests.createdAt));
}

/** The actor's latest join request to this project: what they see of its outcome (PR-2). */
export async function myLatestJoinRequest(db: Db, projectId: string, personId: string): Promise<{ status: JoinRequestStatus; decidedAt: Date | null } | null> {
  const [r] = await db
    .select({ status: joinRequests.status, decidedAt: joinRequests.decidedAt })
    .from(joinRequests)
    .where(and(eq(joinRequests.projectId, projectId), eq(joinRequests.personId, personId)))
    .orderBy(desc(joinRequests.createdAt))
    .limit(1);
  return r ?? null;
}

export function listActiveShareLinks(db: Db, projectId: string): Promise<ShareLinkRow[]> {
  return db
    .select({ linkId: shareLinks.id, itemName: projectItems.name, createdAt: shareLinks.createdAt })
    .from(shareLinks)
    .innerJoin(projectItems, eq(projectItems.id, shareLinks.itemId))
    .where(and(eq(projectItems.projectId, projectId), isNull(shareLinks.revokedAt)))
    .orderBy(desc(shareLinks.createdAt));
}

/** A person a picker offers, with their hub role (the fact the policy decides on). */
export type PickerPerson = Option & { hubRole: HubRole };

/**
 * Whom "Add a hub member" offers: the hub members `projects.invite` would accept, filtered in SQL on
 * the facts it decides on (so the 200-row limit counts only people who can be added): active (HB-8),
 * not in the project directly or through a group (PR-1), and no Project Contributor when the project
 * is Open (LP-2). The same people are offered for the project's groups (pickers.ts). The anti-joins
 * stay in WHERE, so the plan is the hash anti-join and top-N sort the list always had.
 */
export function listAddableMembers(db: Db, hubId: string, projectId: string): Promise<PickerPerson[]> {
  return db
    .select({ id: hubMembers.personId, label: personLabel, hubRole: hubMembers.role })
    .from(hubMembers)
    .innerJoin(people, eq(people.id, hubMembers.personId))
    .where(
      and(
        eq(hubMembers.hubId, hubId),
        eq(hubMembers.active, true),
        notExists(db.select({ x: sql`1` }).from(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, hubMembers.personId)))),
        notExists(
          db
            .select({ x: sql`1` })
            .from(projectGroups)
            .innerJoin(groupMembers, eq(groupMembers.groupId, projectGroups.groupId))
            .where(and(eq(projectGroups.projectId, projectId), eq(groupMembers.personId, hubMembers.personId))),
        ),
        // LP-2: the project's visibility is read once (an uncorrelated subquery), not per row.
        sql`not (${hubMembers.role} = 'project_contributor' and exists (select 1 from projects op where op.id = ${projectId} and op.visibility = 'open'))`,
      ),
    )
    .orderBy(asc(sql`lower(${people.email})`))
    .limit(200);
}

/** A hub group with the facts the group pickers are decided on (PR-4, LP-2, PR-6). */
export type HubGroupRow = Option & {
  /** In a legacy Open project: a Project Contributor may not join it (LP-2). */
  onOpenProject: boolean;
  /** `projects.addGroup` on this project would accept it: not in it yet (PR-4), and no Project Contributor in it when the project is Open (LP-2). */
  addable: boolean;
};

/** The hub's groups, each with what the pickers need to know about it for this project; one statement. */
export function listHubGroups(db: Db, hubId: string, projectId: string): Promise<HubGroupRow[]> {
  return db
    // Subqueries name groups.id in full: drizzle leaves a one-table select's columns unqualified.
    .select({
      id: groups.id,
      label: groups.name,
      onOpenProject: sql<boolean>`exists (select 1 from project_groups pg join projects pr on pr.id = pg.project_id
        where pg.group_id = groups.id and pr.kind = 'legacy' and pr.visibility = 'open')`,
      addable: sql<boolean>`not exists (select 1 from project_groups pg where pg.group_id = groups.id and pg.project_id = ${projectId})
        and not (exists (select 1 from projects op where op.id = ${projectId} and op.visibility = 'open')
          and exists (select 1 from group_members gm join hub_members hm on hm.person_id = gm.person_id and hm.hub_id = ${hubId}
            where gm.group_id = groups.id and hm.role = 'project_contributor'))`,
    })
    .from(groups)
    .where(eq(groups.hubId, hubId))
    .orderBy(asc(groups.name));
}

export type DestinationRow = Option & { accountId: string; role: HubRole; active: boolean };

/** The other hubs of the same account the actor belongs to, with their role there: PR-5's candidate destinations (the policy picks). */
export function listTransferDestinations(db: Db, personId: string, hubId: string): Promise<DestinationRow[]> {
  // The portal's decision: accounts are isolated, so only hubs of the source hub's account are offered (PR-5, UM-7).
  const sourceAccount = db.select({ accountId: hubs.accountId }).from(hubs).where(eq(hubs.id, hubId));
  return db
    .select({ id: hubs.id, label: hubs.name, accountId: hubs.accountId, role: hubMembers.role, active: hubMembers.active })
    .from(hubMembers)
    .innerJoin(hubs, eq(hubs.id, hubMembers.hubId))
    .where(and(eq(hubMembers.personId, personId), ne(hubMembers.hubId, hubId), inArray(hubs.accountId, sourceAccount)))
    .orderBy(asc(hubs.name));
}

