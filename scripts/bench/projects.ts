/**
 * `npm run bench:projects -- [--projects 2000] [--members 10000] [--runs 200] [--database-url URL]`
 *
 * Benchmarks the hub projects pages' database work at scale (issue 10), in-process: a
 * throwaway local PostgreSQL database with the demo world and a large hub
 * (scripts/seed/large-hub.ts), then the projects list's first page and a search as a
 * Project Contributor, a Hub Member and a hub administrator, and a project page's reads
 * (facts and every section) as its administrator. Prints p50/p95/p99/max; aim p95 ≤ 100 ms.
 */
import { parseArgs } from "node:util";
import { and, eq } from "drizzle-orm";
import * as schema from "@/db/schema";
import { seedDemoWorld } from "@/lib/demo/demo";
import { loadActorHubFacts, loadProjectShareFacts } from "@/lib/permissions/facts";
import { listProjects } from "@/lib/hubs/projects/list-projects";
import * as read from "@/lib/hubs/projects/load-project-page";
import { openBenchDb } from "./lib/bench-database";
import { seedLargeHub } from "../seed/large-hub";
import { largeHubEmails, seedLargeHubProjects } from "../seed/large-hub-projects";
import { ensureBuild, startNext } from "./lib/next-server";
import { signIn } from "./lib/sign-in";
import { DEMO_PASSWORD } from "@/lib/demo/personas";
import { formatTable, measure, summarize, type Row } from "./lib/stats";

const { values: args } = parseArgs({
  options: {
    projects: { type: "string", default: "2000" },
    members: { type: "string", default: "10000" },
    runs: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    "database-url": { type: "string" },
    // Also the pages' whole HTTP time against `next start` (builds when there is no build).
    http: { type: "boolean", default: false },
  },
});
const log = (m: string) => console.log(`[bench:projects] ${m}`);

async function main(): Promise<void> {
  const { db, client, url, close } = await openBenchDb({ url: args["database-url"] });
  try {
    const world = await seedDemoWorld(db);
    const [account] = await db.select({ id: schema.hubs.accountId }).from(schema.hubs).limit(1);
    if (!world && !account) throw new Error("no account to hold the large hub");
    const started = performance.now();
    const { hubId } = await seedLargeHub(db, { accountId: account!.id, domain: "hub.large.example", members: Number(args.members), invitations: 0, log });
    const hub = await seedLargeHubProjects(db, { hubId, projects: Number(args.projects), domain: "hub.large.example", log });
    const [counts] = (await client`select (select count(*) from projects where hub_id = ${hub.hubId})::int as projects, (select count(*) from hub_members where hub_id = ${hub.hubId})::int as members,
      (select count(*) from project_members pm join projects p on p.id = pm.project_id where p.hub_id = ${hub.hubId})::int as memberships`) as unknown as { projects: number; members: number; memberships: number }[];
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts!.projects} projects, ${counts!.members} hub members, ${counts!.memberships} project memberships`);
    await client.unsafe("analyze");
    const runs = Number(args.runs);
    const warmup = Number(args.warmup);
    const rows: Row[] = [];
    for (const [who, personId] of [
      ["Project Contributor", hub.contributor],
      ["Hub Member", hub.member],
      ["hub administrator", hub.admin],
    ] as const) {
      const m = (await loadActorHubFacts(db, personId, hub.hubId))!;
      const first = await listProjects(db, personId, m, {});
      rows.push({ scenario: `projects list as ${who} (${first.rows.length} shown)`, measure: "first page", summary: summarize(await measure(runs, warmup, async () => void (await listProjects(db, personId, m, {})))) });
      rows.push({ scenario: `projects list as ${who}`, measure: "search 'project 01'", summary: summarize(await measure(runs, warmup, async () => void (await listProjects(db, personId, m, { q: "project 01" })))) });
      rows.push({ scenario: `projects list as ${who}`, measure: "second page (keyset)", summary: summarize(await measure(runs, warmup, async () => void (await listProjects(db, personId, m, { after: first.next ?? undefined })))) });
    }
    const [admined] = await db
      .select({ id: schema.projectMembers.projectId })
      .from(schema.projectMembers)
      .where(and(eq(schema.projectMembers.personId, hub.member), eq(schema.projectMembers.role, "editor")))
      .limit(1);
    const projectId = admined!.id;
    const page = async () => {
      const facts = await loadProjectShareFacts(db, hub.admin, projectId);
      await Promise.all([
        read.loadProjectName(db, projectId),
        read.listProjectItems(db, projectId),
        read.listProjectMembers(db, projectId, hub.hubId),
        read.listProjectGroups(db, projectId),
        read.listPendingJoinRequests(db, projectId),
        read.listActiveShareLinks(db, projectId),
        read.listAddableMembers(db, hub.hubId, projectId),
        read.listHubGroups(db, hub.hubId, projectId),
        read.listTransferDestinations(db, hub.admin, hub.hubId),
      ]);
      if (!facts) throw new Error("no project");
    };
    rows.push({ scenario: "a project page as hub administrator", measure: "facts + every section", summary: summarize(await measure(runs, warmup, page)) });
    if (args.http) await httpRows(url, hub.hubId, projectId, rows, runs, warmup);
    console.log(formatTable(rows, 100));
  } finally {
    await close();
  }
}

/** The pages' whole HTTP time (server render included) on a local `next start`, one person per hub role. */
async function httpRows(url: string, hubId: string, projectId: string, rows: Row[], runs: number, warmup: number): Promise<void> {
  const stops: Array<() => Promise<void>> = [];
  try {
    await ensureBuild(false, log, (stop) => stops.push(stop));
    const server = await startNext(url, log);
    stops.push(server.stop);
    const emails = largeHubEmails("hub.large.example");
    const get = (path: string, cookie: string) => async () => {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      await response.text();
    };
    for (const [who, email] of [
      ["Project Contributor", emails.contributor],
      ["Hub Member", emails.member],
      ["hub administrator", emails.admin],
    ] as const) {
      const cookie = await signIn(server.baseUrl, email, DEMO_PASSWORD);
      rows.push({ scenario: `projects list as ${who}`, measure: "page (HTTP)", summary: summarize(await measure(runs, warmup, get(`/hubs/${hubId}`, cookie))) });
      if (who === "hub administrator") rows.push({ scenario: "a project page as hub administrator", measure: "page (HTTP)", summary: summarize(await measure(runs, warmup, get(`/hubs/${hubId}/projects/${projectId}`, cookie))) });
    }
  } finally {
    while (stops.length) await stops.pop()!();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
