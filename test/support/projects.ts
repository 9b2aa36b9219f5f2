import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubMembers, hubs, people, projectMembers, projects } from "@/db/schema";

/** Helpers for the hub project tests (issue 10). */
export const DEMO_PROJECTS = {
  gearbox: "Gearbox Redesign",
  conveyor: "Conveyor Line 4",
  spareParts: "Spare Parts Library",
  plantLayout: "Plant Layout 2019",
  tooling: "Supplier Tooling",
  falcon: "Project Falcon",
} as const;
export type DemoProjectKey = keyof typeof DEMO_PROJECTS;

export async function projectIdByName(db: Db, name: string): Promise<string> {
  const [p] = await db.select({ id: projects.id }).from(projects).where(eq(projects.name, name));
  if (!p) throw new Error(`no project ${name}`);
  return p.id;
}

export async function demoProjectIds(db: Db): Promise<Record<DemoProjectKey, string>> {
  const out = {} as Record<DemoProjectKey, string>;
  for (const [k, name] of Object.entries(DEMO_PROJECTS)) out[k as DemoProjectKey] = await projectIdByName(db, name);
  return out;
}

export async function directRole(db: Db, projectId: string, personId: string): Promise<string | null> {
  const [m] = await db.select({ role: projectMembers.role }).from(projectMembers).where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.personId, personId)));
  return m?.role ?? null;
}

/** A new person in the hub with this role (and active flag); returns their id. */
export async function addHubPerson(db: Db, hubId: string, email: string, role: "hub_admin" | "hub_member" | "project_contributor", active = true): Promise<string> {
  const [p] = await db.insert(people).values({ email, firstName: email.split("@")[0]!, name: email.split("@")[0]! }).returning({ id: people.id });
  await db.insert(hubMembers).values({ hubId, personId: p!.id, role, active });
  return p!.id;
}

/** A second hub of the same account, for transfers (PR-5). */
export async function addHub(db: Db, likeHubId: string, name: string, createdBy: string): Promise<string> {
  const [h] = await db.select({ accountId: hubs.accountId }).from(hubs).where(eq(hubs.id, likeHubId));
  const [n] = await db.insert(hubs).values({ accountId: h!.accountId, name, createdBy }).returning({ id: hubs.id });
  return n!.id;
}

/** `n` new hub members added to the project directly (bulk, for the PR-6 cap). */
export async function fillProject(db: Db, hubId: string, projectId: string, n: number, tag: string): Promise<void> {
  await db.execute(sql`
    with p as (
      insert into people (id, email, first_name) select gen_random_uuid()::text, ${tag} || '-' || g || '@fill.example', 'Fill' from generate_series(1, ${n}) g returning id
    ), h as (insert into hub_members (hub_id, person_id, role) select ${hubId}::uuid, id, 'hub_member' from p returning person_id)
    insert into project_members (project_id, person_id, role) select ${projectId}::uuid, person_id, 'viewer' from h`);
}

export async function setSharing(db: Db, hubId: string, on: boolean): Promise<void> {
  await db.update(hubs).set({ sharingEnabled: on }).where(eq(hubs.id, hubId));
}
