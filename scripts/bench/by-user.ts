/**
 * `npm run bench -- [--users 100000] [--runs 200] [--database-url URL] [--explain] [--build]`
 * (`npm run bench:by-user` is the same)
 *
 * Benchmarks By User at scale against a production build: a throwaway local PostgreSQL
 * database seeded with one large account (scripts/seed/large.ts), `next start` on it,
 * a real sign-in as its primary admin, then for the first page, a deep page (keyset
 * cursor) and a search: the query function's time in-process and the whole page's HTTP
 * time. Prints p50/p95/p99/max. Cleans up (server, database) on exit, error and Ctrl-C.
 * `--query-only` skips the build, the server and the HTTP measurements. `--other-users N`
 * first seeds another account of N people, so the large one shares its tables, as in production.
 * Then, per page (By User's first page, a person's page): its database round trips and HTML
 * size, and a throughput test with autocannon at 1, 10 and 50 connections (`--duration`
 * seconds each; `--no-throughput` skips it) with the server's peak resident memory.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { NAMED_USER_KEY_MISMATCHES } from "@/db/named-user-keys";
import { SEAT_COUNT_MISMATCHES } from "@/db/seat-counts";
import { DEMO_PASSWORD } from "@/lib/demo/personas";
import { openBenchDb } from "./lib/bench-database";
import { byUserUrl, cursorAt, listByUser, listPageProducts, type ByUserParams } from "./lib/by-user-query";
import { explain, QueryCapture } from "./lib/explain";
import { distDir, ensureBuild, startNext } from "./lib/next-server";
import { adminEmailFor, findLargeAccount, seedLargeAccount } from "../seed/large-account";
import { signIn } from "./lib/sign-in";
import { formatTable, measure, summarize, type Row } from "./lib/stats";
import { formatThroughput, loadTest, watchRss, type ThroughputResult } from "./lib/throughput";

const TARGET_MS = 100;
const DOMAIN = "large.example";
const OTHER_DOMAIN = "other.example";
const log = (message: string) => console.log(`[bench] ${message}`);

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "100000" },
    runs: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    depth: { type: "string" },
    q: { type: "string" },
    "database-url": { type: "string" },
    explain: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    "query-only": { type: "boolean", default: false },
    "other-users": { type: "string", default: "0" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "1,10,50" },
    "no-throughput": { type: "boolean", default: false },
  },
});

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;
/** Undoes what was set up, newest first; Ctrl-C and the end of main share one run of it. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()!();
      } catch (error) {
        console.error(`[bench] cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const users = Number(args.users);
  const runs = Number(args.runs);
  const warmup = Number(args.warmup);
  const depth = Number(args.depth ?? Math.min(50_000, Math.floor(users / 2)));

  const capture = new QueryCapture();
  const { db, client, url, close } = await openBenchDb({ url: args["database-url"], logger: capture.logger });
  cleanups.push(close);
  if (!args["database-url"]) log(`created ${new URL(url).pathname.slice(1)}`);

  const otherUsers = Number(args["other-users"]);
  if (otherUsers > 0 && !(await findLargeAccount(db, OTHER_DOMAIN))) {
    log(`seeding another account of ${otherUsers} named users`);
    await seedLargeAccount(db, { users: otherUsers, accountName: "Other Bench Corp", domain: OTHER_DOMAIN, log: (m) => log(`  ${m}`) });
  }
  let accountId = await findLargeAccount(db, DOMAIN);
  if (accountId) log(`reusing the large account ${accountId}`);
  else {
    log(`seeding ${users} named users`);
    const seeded = await seedLargeAccount(db, { users, accountName: "Large Bench Corp", domain: DOMAIN, log: (m) => log(`  ${m}`) });
    accountId = seeded.accountId;
  }
  const namedUsers = await scalar(db, sql`select count(*)::int as n from named_users where account_id = ${accountId}`);
  const allPeople = await scalar(db, sql`select count(*)::int as n from people`);

  const http = args["query-only"] ? null : await startSignedIn(url);

  const q = args.q ?? (await commonSurnameFragment(db, accountId));
  const matches = await scalar(
    db,
    sql`select count(*)::int as n from named_users nu join people p on p.id = nu.person_id
        where nu.account_id = ${accountId} and (p.name ilike ${`%${q}%`} or p.email ilike ${`%${q}%`})`,
  );
  const scenarios: Array<{ name: string; params: ByUserParams }> = [
    { name: "first page", params: {} },
    { name: `deep page (row ${depth})`, params: { after: await cursorAt(db, accountId, depth) } },
    { name: `search q=${q} (${matches} matches)`, params: { q } },
    // Nothing matches: an empty list, so its page time is mostly the rest of the page.
    { name: "baseline: search with no match", params: { q: "zzqx" } },
  ];

  const rows: Row[] = [];
  const plans: string[] = [];
  for (const s of scenarios) {
    if (args.explain) plans.push(`--- ${s.name}\n${await explain(client, await capture.during(() => listByUser(db, accountId, s.params)))}`);
    const query = await measure(runs, warmup, async () => void (await listByUser(db, accountId, s.params)));
    rows.push({ scenario: s.name, measure: "query (in-process)", summary: summarize(query) });
    if (http) {
      const page = `${http.baseUrl}${byUserUrl(accountId, s.params)}`;
      const expected = await listByUser(db, accountId, s.params);
      await checkPage(page, http.cookie, expected.rows[0]?.email);
      const samples = await measure(runs, warmup, () => fetchPage(page, http.cookie).then(() => undefined));
      rows.push({ scenario: s.name, measure: "HTTP page (full body)", summary: summarize(samples) });
    }
    log(`${s.name}: done`);
  }

  // Not a list scenario, but every By User page runs it too: part of the page time.
  const seatsName = "every page: product seats";
  if (args.explain) plans.push(`--- ${seatsName}\n${await explain(client, await capture.during(() => listPageProducts(db, accountId)))}`);
  rows.push({ scenario: seatsName, measure: "query (in-process)", summary: summarize(await measure(runs, warmup, () => listPageProducts(db, accountId))) });

  const pages = http ? await pageFacts(db, http, accountId) : [];
  const throughput: ThroughputResult[] = [];
  let peakRss: number | null = null;
  if (http && !args["no-throughput"]) {
    const rss = watchRss(http.pid);
    for (const p of pages) {
      for (const connections of args.connections.split(",").map(Number)) {
        log(`autocannon ${p.name}, ${connections} connection(s), ${args.duration} s`);
        throughput.push(await loadTest(p.name, p.url, http.cookie, connections, Number(args.duration)));
      }
    }
    rss.stop();
    peakRss = rss.peakMiB();
  }
  const seatCheck = await checkSeatCounts(db);

  const pg = await scalar(db, sql`select current_setting('server_version') as n`);
  const cpus = os.cpus();
  console.log("");
  console.log(`By User at ${namedUsers} named users, ${allPeople} people in the database (page of 50; ${runs} runs after ${warmup} warm-up, one at a time)`);
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `Node ${process.version}, PostgreSQL ${pg}${http ? `, next start (${distDir()})` : ""}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
  );
  console.log("");
  console.log(formatTable(rows, TARGET_MS));
  const firstQuery = rows.find((r) => r.scenario === "first page" && r.measure.startsWith("query"));
  const firstHttp = rows.find((r) => r.scenario === "first page" && r.measure.startsWith("HTTP"));
  if (firstQuery && firstHttp) {
    const ratio = firstHttp.summary.p50 / firstQuery.summary.p50;
    console.log(`\nFirst page: HTTP p50 is ${ratio.toFixed(1)}× the list query's p50 (aim ≤ 3×: ${ratio <= 3 ? "yes" : "no"})`);
  }
  if (pages.length) {
    console.log("\n| page | database round trips | HTML KB | HTML ≤ 150 KB |\n|---|--:|--:|:-:|");
    for (const p of pages) console.log(`| ${p.name} | ${p.roundTrips ?? "n/a"} | ${(p.htmlBytes / 1024).toFixed(1)} | ${p.htmlBytes <= 150 * 1024 ? "yes" : "**no**"} |`);
  }
  if (throughput.length) {
    console.log(`\nThroughput (autocannon, ${args.duration} s each; server peak RSS ${peakRss} MiB; load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})\n`);
    console.log(formatThroughput(throughput));
  }
  console.log(`\nSeat counters and search keys: ${seatCheck}`);
  if (plans.length) console.log(`\n${plans.join("\n\n")}`);
}

/** A production server on the database, and the Cookie header of the bench admin signed in to it. */
async function startSignedIn(databaseUrl: string): Promise<{ baseUrl: string; cookie: string; pid: number }> {
  await ensureBuild(args.build, log, (stop) => cleanups.push(stop));
  const server = await startNext(databaseUrl, log);
  cleanups.push(server.stop);
  const cookie = await signIn(server.baseUrl, adminEmailFor(DOMAIN), DEMO_PASSWORD);
  log(`signed in as ${adminEmailFor(DOMAIN)}`);
  return { baseUrl: server.baseUrl, cookie, pid: server.pid };
}

async function scalar<T = number>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = (await db.execute(query)) as unknown as Array<{ n: T }>;
  return row!.n;
}

/** The first letters of the account's most common last name: a search that matches many. */
async function commonSurnameFragment(db: Db, accountId: string): Promise<string> {
  const last = await scalar<string>(
    db,
    sql`select p.last_name as n from named_users nu join people p on p.id = nu.person_id
        where nu.account_id = ${accountId} group by p.last_name order by count(*) desc limit 1`,
  );
  return last.slice(0, 4).toLowerCase();
}

async function fetchPage(url: string, cookie: string, extra: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { headers: { cookie, ...extra }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  return body;
}

/** The page must show what the query returns (the benchmark would measure the wrong thing otherwise). */
async function checkPage(url: string, cookie: string, firstEmail: string | undefined): Promise<void> {
  const body = await fetchPage(url, cookie);
  if (!body.includes("By User")) throw new Error(`${url} is not the By User page`);
  if (firstEmail && !body.includes(firstEmail)) {
    throw new Error(`${url} does not show the query's first row (${firstEmail}): is the page using another query?`);
  }
}

type PageFacts = { name: string; url: string; roundTrips: number | null; htmlBytes: number };

/** The pages the throughput test loads, with their round trips (the server's probe) and HTML size. */
async function pageFacts(db: Db, http: { baseUrl: string; cookie: string }, accountId: string): Promise<PageFacts[]> {
  const first = await listByUser(db, accountId, {});
  const person = first.rows[0];
  if (!person?.personId) throw new Error("the first page has no person to open");
  const list = [
    { name: "By User first page", url: `${http.baseUrl}${byUserUrl(accountId, {})}`, expect: person.email },
    { name: "person page", url: `${http.baseUrl}/accounts/${accountId}/users/${person.personId}`, expect: person.email },
  ];
  const out: PageFacts[] = [];
  for (const p of list) {
    // Warm: the first request of a page compiles nothing in production, but fills caches.
    for (let i = 0; i < 5; i++) await fetchPage(p.url, http.cookie);
    const id = `bench-${process.pid}-${out.length}-${Date.now()}`;
    const body = await fetchPage(p.url, http.cookie, { "x-round-trip-probe": id });
    if (!body.includes(p.expect)) throw new Error(`${p.url} does not show ${p.expect}`);
    const probe = await fetch(`${http.baseUrl}/api/dev/round-trips?id=${encodeURIComponent(id)}`, { headers: { cookie: http.cookie } });
    const roundTrips = probe.ok ? ((await probe.json()) as { roundTrips: number }).roundTrips : null;
    out.push({ name: p.name, url: p.url, roundTrips, htmlBytes: Buffer.byteLength(body) });
  }
  return out;
}

/** The seat counters must equal the assignments they count, and named users' search keys their person's (the tests' checks). */
async function checkSeatCounts(db: Db): Promise<string> {
  const present = await scalar<boolean>(db, sql`select to_regclass('named_seat_counts') is not null as n`);
  if (!present) return "no seat counters in this schema (counts are computed by scanning the assignments)";
  const wrong = await scalar(db, sql`select (${SEAT_COUNT_MISMATCHES})::int as n`);
  const keys = await scalar(db, sql`select (${NAMED_USER_KEY_MISMATCHES})::int as n`);
  const seats = wrong === 0 ? "every named and classic count equals its assignments" : `**${wrong} counts differ from their assignments**`;
  return `${seats}; ${keys === 0 ? "every named user's sort and search keys equal their person's" : `**${keys} named users' keys differ from their person's**`}`;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
