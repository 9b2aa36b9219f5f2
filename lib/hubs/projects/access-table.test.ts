import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/db/client";
import { groupMembers, groups, hubMembers, people, projectItems, projectMembers, projects } from "@/db/schema";
import { loadActorHubFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHub } from "@/test/support/projects";
import { accessTableCells, KINDS, ROWS, TABLE_ACTIONS, type TableCell, type TableKind, type TableHubRole, type TableMembership } from "./access-table";
import { listProjects } from "./list-projects";
import { readProject } from "./read-project";
import { createItem } from "./create-item";
import { requestJoin } from "./request-join";
import { addProjectMember } from "./add-project-member";
import { createProject } from "./create-project";
import { promoteProjectAdmin } from "./promote-project-admin";
import { createGroup } from "./create-group";
import { addGroupToProject } from "./add-group-to-project";
import { transferProject } from "./transfer-project";
import { createShareLink } from "./create-share-link";

// The GitLab-style table (access-table.ts), run against the services on PostgreSQL: a hub
// with one person per (hub role, project membership), member of a project of every kind with
// that role; each cell runs in a transaction rolled back afterwards, so cells never interact.
let w: DemoTestWorld;
let hubId: string;
let destinationId: string;
let boss: Actor;
let groupId: string;
const actors = new Map<string, Actor>();
const projectOf = new Map<TableKind, { id: string; itemId: string }>();
const rowKey = (hubRole: TableHubRole, membership: TableMembership) => `${hubRole}/${membership}`;

async function person(db: Db, email: string): Promise<Actor> {
  const [p] = await db.insert(people).values({ email, name: email.split("@")[0]!, firstName: email.split("@")[0]! }).returning({ id: people.id });
  return { personId: p!.id, email, name: email.split("@")[0]! };
}

beforeAll(async () => {
  w = await createDemoWorldDb("accesstable");
  hubId = await addHub(w.db, w.world.hubId, "Access table hub", w.pid("hubAdmin"));
  destinationId = await addHub(w.db, w.world.hubId, "Access table destination", w.pid("hubAdmin"));
  boss = await person(w.db, "boss@table.example");
  await w.db.insert(hubMembers).values({ hubId, personId: boss.personId, role: "hub_admin" });
  for (const kind of KINDS) {
    const shape = kind === "folder" ? { kind: "folder" as const, visibility: null } : { kind: "legacy" as const, visibility: kind };
    const [p] = await w.db.insert(projects).values({ hubId, name: `Table ${kind}`, ...shape }).returning({ id: projects.id });
    const [i] = await w.db.insert(projectItems).values({ projectId: p!.id, kind: "folder", name: "Docs" }).returning({ id: projectItems.id });
    projectOf.set(kind, { id: p!.id, itemId: i!.id });
  }
  const gm = await person(w.db, "group.member@table.example");
  await w.db.insert(hubMembers).values({ hubId, personId: gm.personId, role: "hub_member" });
  const [g] = await w.db.insert(groups).values({ hubId, name: "Table group" }).returning({ id: groups.id });
  groupId = g!.id;
  await w.db.insert(groupMembers).values({ groupId, personId: gm.personId });
  const HUB_ROLE = { admin: "hub_admin", member: "hub_member", contributor: "project_contributor", deactivated: "hub_member" } as const;
  for (const { hubRole, membership } of ROWS) {
    const a = await person(w.db, `${hubRole}.${membership}@table.example`);
    actors.set(rowKey(hubRole, membership), a);
    if (hubRole !== "outsider") {
      await w.db.insert(hubMembers).values({ hubId, personId: a.personId, role: HUB_ROLE[hubRole], active: hubRole !== "deactivated" });
      await w.db.insert(hubMembers).values({ hubId: destinationId, personId: a.personId, role: "hub_member" });
    }
    // Including a Project Contributor's row in the Open project: a state the hub rules make
    // impossible (LP-2), held here to show the services do not rely on it.
    if (membership !== "none") for (const p of projectOf.values()) await w.db.insert(projectMembers).values({ projectId: p.id, personId: a.personId, role: membership });
  }
}, 60_000);
afterAll(async () => {
  await w?.drop();
});

const ROLLBACK = new Error("rollback");
async function rolledBack(fn: (tx: Db) => Promise<string>): Promise<string> {
  let out = "";
  try {
    await w.db.transaction(async (tx) => {
      out = await fn(tx as unknown as Db);
      throw ROLLBACK;
    });
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  }
  return out;
}

function code(r: ActionResult<unknown>): string {
  if (r.ok) return "A";
  if (r.code === "not_found") return "N";
  if (r.code === "denied") return r.rule;
  return `${r.code}:${r.message}`;
}

async function run(c: Omit<TableCell, "expected">): Promise<string> {
  const me = actors.get(rowKey(c.hubRole, c.membership))!;
  const p = projectOf.get(c.kind)!;
  return rolledBack(async (tx) => {
    switch (c.action) {
      case "viewInList": {
        const m = await loadActorHubFacts(tx, me.personId, hubId);
        if (!m) return "N";
        return (await listProjects(tx, me.personId, m, {}, 100)).rows.some((r) => r.projectId === p.id) ? "A" : "N";
      }
      case "open":
        return code(await readProject(tx, me.personId, p.id, "projects.open"));
      case "readContent":
        return code(await readProject(tx, me.personId, p.id, "projects.readContent"));
      case "editContent":
        return code(await execute(tx, me, createItem, { projectId: p.id, kind: "file", name: "table.txt" }));
      case "requestJoin":
        return code(await execute(tx, me, requestJoin, { projectId: p.id }));
      case "beInvited":
        return code(await execute(tx, boss, addProjectMember, { projectId: p.id, personId: me.personId, role: "viewer" }));
      case "invite": {
        const fresh = await person(tx, `fresh.${Math.random().toString(36).slice(2)}@table.example`);
        await tx.insert(hubMembers).values({ hubId, personId: fresh.personId, role: "hub_member" });
        return code(await execute(tx, me, addProjectMember, { projectId: p.id, personId: fresh.personId, role: "viewer" }));
      }
      case "createProject":
        return code(await execute(tx, me, createProject, { hubId, name: "Table new", kind: c.kind }));
      case "bePromoted":
        return code(await execute(tx, boss, promoteProjectAdmin, { projectId: p.id, personId: me.personId }));
      case "createGroup":
        return code(await execute(tx, me, createGroup, { hubId, name: "Table new group" }));
      case "addGroup":
        return code(await execute(tx, me, addGroupToProject, { projectId: p.id, groupId, role: "viewer" }));
      case "transfer":
        return code(await execute(tx, me, transferProject, { projectId: p.id, destinationHubId: destinationId }));
      case "share":
        return code(await execute(tx, me, createShareLink, { projectId: p.id, itemId: p.itemId }));
    }
  });
}

describe("the hub projects access table, against the services on PostgreSQL", () => {
  it("HB-9 FP-1 FP-2 FP-3 FP-4 LP-2 LP-3 LP-5 LP-6 PR-1 PR-2 PR-3 PR-4 PR-5 HB-3 HB-8 every cell of the table is what the services answer", async () => {
    const cells = accessTableCells();
    const actual = new Map<string, string>();
    for (const c of cells) actual.set(`${c.action}|${c.hubRole}|${c.membership}|${c.kind}`, await run(c));
    if (process.env.ACCESS_TABLE_PRINT) {
      const out = TABLE_ACTIONS.map(({ key }) => {
        const lines = ROWS.map((r) => `    ${KINDS.map((k) => actual.get(`${key}|${r.hubRole}|${r.membership}|${k}`)!.padEnd(5)).join(" ")} # ${r.hubRole} ${r.membership}`);
        return `  ${key}: \`\n${lines.join("\n")}\n  \`,`;
      });
      console.log(out.join("\n"));
    }
    const wrong = cells.filter((c) => actual.get(`${c.action}|${c.hubRole}|${c.membership}|${c.kind}`) !== c.expected);
    expect(wrong.map((c) => `${c.action} as ${c.hubRole}/${c.membership} on ${c.kind}: expected ${c.expected}, got ${actual.get(`${c.action}|${c.hubRole}|${c.membership}|${c.kind}`)}`)).toEqual([]);
    expect(cells.length).toBe(TABLE_ACTIONS.length * ROWS.length * KINDS.length);
  }, 120_000);
});
