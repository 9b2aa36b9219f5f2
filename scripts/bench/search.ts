/**
 * `npm run bench:search -- [--users 100000] [--classic-contracts 1000] [--classic-users 20000] [--hub-members 10000] [--projects 2000] [--runs 100]`
 *
 * Benchmarks "search everywhere" (issue 15) in-process: a throwaway local PostgreSQL
 * database, one large account seeded as seed:large does (named users, classic contracts
 * and users), a large hub with its projects, and its primary admin made that hub's
 * administrator too, so every branch of the search has rows to scope. Then p50/p95 of
 * searchEverything (all its statements: the person's facts, the hubs' facts, the search)
 * for common, rare and absent prefixes. Drops the database on exit.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { searchEverything } from "@/lib/search/search-everything";
import { openBenchDb } from "./lib/bench-database";
import { adminEmailFor, seedLargeAccount } from "../seed/large-account";
import { seedLargeClassic } from "../seed/large-classic";
import { seedLargeHub } from "../seed/large-hub";
import { largeHubEmails, seedLargeHubProjects } from "../seed/large-hub-projects";
import { formatTable, measure, summarize, type Row } from "./lib/stats";

const TARGET_MS = 50;
const DOMAIN = "large.example";
const log = (message: string) => console.log(`[bench:search] ${message}`);
const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "100000" },
    "classic-contracts": { type: "string", default: "1000" },
    "classic-users": { type: "string", default: "20000" },
    "hub-members": { type: "string", default: "10000" },
    projects: { type: "string", default: "2000" },
    runs: { type: "string", default: "100" },
    warmup: { type: "string", default: "10" },
    /** Keep the database afterwards (its name is printed) to EXPLAIN the search by hand. */
    keep: { type: "boolean", default: false },
  },
});
const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];

async function main(): Promise<void> {
  const { db, close } = await openBenchDb({ keep: args.keep });
  try {
    log(`seeding ${args.users} named users…`);
    const seeded = await seedLargeAccount(db, { users: Number(args.users), accountName: "Large Bench Corp", domain: DOMAIN, log });
    log(`seeding ${args["classic-contracts"]} classic contracts with ${args["classic-users"]} classic users…`);
    await seedLargeClassic(db, { accountId: seeded.accountId, domain: DOMAIN, contracts: Number(args["classic-contracts"]), classicUsers: Number(args["classic-users"]), log });
    log(`seeding a hub of ${args["hub-members"]} members and ${args.projects} projects…`);
    const hub = await seedLargeHub(db, { accountId: seeded.accountId, domain: DOMAIN, members: Number(args["hub-members"]), invitations: 0, log });
    await seedLargeHubProjects(db, { hubId: hub.hubId, projects: Number(args.projects), domain: DOMAIN, log });
    const [admin] = rowsOf(await db.execute(sql`select id from people where email = ${adminEmailFor(DOMAIN)}`));
    const adminId = String(admin!.id);
    // The primary admin also administers the hub: every branch of the search runs for them.
    await db.execute(sql`insert into hub_members (hub_id, person_id, role) values (${hub.hubId}::uuid, ${adminId}, 'hub_admin')`);
    const [member] = rowsOf(await db.execute(sql`select id from people where email = ${largeHubEmails(DOMAIN).member}`));
    await db.execute(sql`vacuum (analyze)`);
    const counts = rowsOf(await db.execute(sql`select (select count(*) from named_users)::int as named, (select count(*) from classic_users)::int as classic,
      (select count(*) from hub_members)::int as members, (select count(*) from projects)::int as projects, (select count(*) from people)::int as people`))[0];
    log(`seeded: ${JSON.stringify(counts)}`);
    const runs = Number(args.runs);
    const warmup = Number(args.warmup);
    const rows: Row[] = [];
    const add = async (scenario: string, personId: string, q: string) => {
      const first = await searchEverything(db, personId, { q });
      if (!first.ok) throw new Error(`${scenario}: ${first.message}`);
      const found = first.data.results.length;
      rows.push({ scenario: `${scenario} ("${q}", ${found} results)`, measure: "searchEverything (in-process)", summary: summarize(await measure(runs, warmup, async () => void (await searchEverything(db, personId, { q })))) });
      log(`${scenario}: done`);
    };
    await add("primary admin + hub admin, one common letter", adminId, "s");
    await add("primary admin + hub admin, a first name", adminId, "sara");
    await add("primary admin + hub admin, a last name", adminId, "lindgren");
    await add("primary admin + hub admin, an email's start", adminId, "bench.ad");
    await add("primary admin + hub admin, a hub member's number", adminId, "member 0042");
    await add("primary admin + hub admin, nothing matches", adminId, "zzqx");
    await add("Hub Member of the large hub, a project's word", String(member!.id), "project");
    console.log(formatTable(rows, TARGET_MS));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
