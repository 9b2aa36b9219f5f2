/**
 * `npm run bench:hub -- [--members 10000] [--invitations 2000] [--runs 200] [--database-url URL]`
 *
 * hubs (issue 9): benchmarks the hub administration lists at scale, in-process (query time
 * as a page's server code pays it): a throwaway local PostgreSQL database with one large
 * hub (scripts/seed/large-hub.ts), then the members table (first page, search,
 * filtered), the sent invitations (first page, filtered) and sending one invitation (the
 * whole use case: facts, decide, insert, outbox email, audit). Prints p50/p95/p99/max.
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import * as schema from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { invitePeople } from "@/lib/hubs/invitations/invite-people";
import { listSentInvitations, sentQuery } from "@/lib/hubs/invitations/list-sent-invitations";
import { listHubMembers, membersQuery } from "@/lib/hubs/list-hub-members";
import { openBenchDb } from "./lib/bench-database";
import { seedLargeAccount } from "../seed/large-account";
import { seedLargeHub } from "../seed/large-hub";
import { formatTable, measure, summarize, type Row } from "./lib/stats";

const TARGET_MS = 100;
const DOMAIN = "hubbench.example";
const log = (m: string) => console.log(`[bench:hub] ${m}`);

const { values: args } = parseArgs({
  options: {
    members: { type: "string", default: "10000" },
    invitations: { type: "string", default: "2000" },
    runs: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    "database-url": { type: "string" },
  },
});

async function main(): Promise<void> {
  const runs = Number(args.runs);
  const warmup = Number(args.warmup);
  const { db, client, close } = await openBenchDb({ url: args["database-url"] });
  try {
    const account = await seedLargeAccount(db, { users: 20, accountName: "Hub Bench Corp", domain: DOMAIN, log: (m) => log(`  ${m}`) });
    const hub = await seedLargeHub(db, { accountId: account.accountId, domain: DOMAIN, members: Number(args.members), invitations: Number(args.invitations), log: (m) => log(`  ${m}`) });
    await client.unsafe("analyze");
    const [admin] = await db.select({ id: schema.people.id, email: schema.people.email }).from(schema.people).where(eq(schema.people.email, hub.adminEmail));
    const actor = { personId: admin!.id, email: admin!.email, name: "Bench Hub Admin" };
    const rows: Row[] = [];
    const scenarios: Array<[string, () => Promise<unknown>]> = [
      [`members: first page (${hub.members} members)`, () => listHubMembers(db, hub.hubId, membersQuery.parse({}))],
      ["members: search q=member 12", () => listHubMembers(db, hub.hubId, membersQuery.parse({ q: "member 12" }))],
      ["members: filtered role=hub_admin, deactivated", () => listHubMembers(db, hub.hubId, membersQuery.parse({ role: "hub_admin", status: "deactivated" }))],
      ["members: sorted by name", () => listHubMembers(db, hub.hubId, membersQuery.parse({ sort: "name" }))],
      [`sent invitations: first page (${hub.invitations})`, () => listSentInvitations(db, hub.hubId, sentQuery.parse({}))],
      ["sent invitations: status=expired", () => listSentInvitations(db, hub.hubId, sentQuery.parse({ status: "expired" }))],
    ];
    for (const [name, once] of scenarios) {
      rows.push({ scenario: name, measure: "query (in-process)", summary: summarize(await measure(runs, warmup, async () => void (await once()))) });
    }
    let n = 0;
    const send = await measure(Math.min(runs, 90), 5, async () => {
      const r = await execute(db, actor, invitePeople, { hubId: hub.hubId, emails: `bench.send.${n++}@new.${DOMAIN}` });
      if (!r.ok) throw new Error(JSON.stringify(r));
    });
    rows.push({ scenario: "send one invitation (use case)", measure: "transaction", summary: summarize(send) });
    console.log(formatTable(rows, TARGET_MS));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
