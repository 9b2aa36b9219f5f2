/**
 * `npm run bench:classic -- [--users 50000] [--classic-contracts 2000] [--classic-users 50000] [--runs 100]`
 *
 * Benchmarks Classic User Management at scale, in-process (the query functions the pages
 * call): a throwaway local PostgreSQL database, one large account seeded as seed:large
 * does (named users, then classic contracts and classic users), then p50/p95 for the
 * classic users table (first page, filtered by contract, search), a contract page as its
 * software coordinator, and the mismatch report. Drops the database on exit.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { listClassicUsers } from "@/lib/contracts/list-classic-users";
import { parseClassicUsersQuery } from "@/lib/contracts/classic-users-query";
import { viewContract } from "@/lib/contracts/view-contract";
import { latestReleases } from "@/lib/contracts/announce-release";
import { listMismatches } from "@/lib/contracts/list-mismatches";
import { openBenchDb } from "./lib/bench-database";
import { adminEmailFor, seedLargeAccount } from "../seed/large-account";
import { seedLargeClassic } from "../seed/large-classic";
import { formatTable, measure, summarize, type Row } from "./lib/stats";

const TARGET_MS = 100;
const DOMAIN = "large.example";
const log = (message: string) => console.log(`[bench:classic] ${message}`);
const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "50000" },
    "classic-contracts": { type: "string", default: "2000" },
    "classic-users": { type: "string", default: "50000" },
    runs: { type: "string", default: "100" },
    warmup: { type: "string", default: "10" },
  },
});
const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];

async function main(): Promise<void> {
  const { db, close } = await openBenchDb();
  try {
    log(`seeding ${args.users} named users…`);
    const seeded = await seedLargeAccount(db, { users: Number(args.users), accountName: "Large Bench Corp", domain: DOMAIN, log });
    log(`seeding ${args["classic-contracts"]} classic contracts with ${args["classic-users"]} classic users…`);
    const classic = await seedLargeClassic(db, { accountId: seeded.accountId, domain: DOMAIN, contracts: Number(args["classic-contracts"]), classicUsers: Number(args["classic-users"]), log });
    await db.execute(sql`vacuum (analyze) contracts, contract_products, classic_users, classic_assignments, people, named_users, named_assignments`);
    log(`seeded: ${JSON.stringify(classic)}`);
    const accountId = seeded.accountId;
    const [admin] = rowsOf(await db.execute(sql`select id from people where email = ${adminEmailFor(DOMAIN)}`));
    const [sc] = rowsOf(await db.execute(sql`select c.id as contract_id, c.software_coordinator_id as sc from contracts c where c.account_id = ${accountId}::uuid and c.software_coordinator_id is not null order by c.number limit 1 offset ${Math.floor(Number(args["classic-contracts"]) / 3)}`));
    const adminFacts = (await loadAccountFacts(db, String(admin!.id), accountId))!.actor.account!;
    const contractId = String(sc!.contract_id);
    const runs = Number(args.runs);
    const warmup = Number(args.warmup);
    const rows: Row[] = [];
    const add = async (scenario: string, once: () => Promise<unknown>) => {
      rows.push({ scenario, measure: "query (in-process)", summary: summarize(await measure(runs, warmup, async () => void (await once()))) });
      log(`${scenario}: done`);
    };
    await add("classic users, first page (primary admin)", () => listClassicUsers(db, adminFacts, parseClassicUsersQuery({})));
    await add("classic users, filtered by contract", () => listClassicUsers(db, adminFacts, parseClassicUsersQuery({ contract: contractId })));
    await add("classic users, search", () => listClassicUsers(db, adminFacts, parseClassicUsersQuery({ q: "only.12" })));
    await add("a contract page as its software coordinator", async () => {
      await loadAccountFacts(db, String(sc!.sc), accountId);
      await viewContract(db, String(sc!.sc), accountId, contractId);
      await latestReleases(db, contractId);
    });
    await add("mismatch report, first page (primary admin)", () => listMismatches(db, adminFacts, { limit: 50 }));
    console.log(formatTable(rows, TARGET_MS));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
