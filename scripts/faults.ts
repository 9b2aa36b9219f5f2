/**
 * `npm run faults -- [--build] [--observe 10] [--readers 4] [--settle 330]`
 *
 * How the portal lives through database faults (docs/reliability.md). Creates a PostgreSQL
 * cluster of its own (pg_createcluster, port 5499; the machine's main cluster is never
 * touched), starts a production build on it (NEXT_DIST_DIR=.next-faults, rebuilt when older
 * than the sources) with the demo world and the outbox sender delivering to an SMTP sink,
 * signs in as the demo primary admin and drives
 *   - a read load: `--readers` loops over four signed-in pages;
 *   - a write loop: named users added one after another through the "Add user" use case (one
 *     transaction: the user, the audit event, the invitation email), in this process on the
 *     same database, every write logged with whether it was acknowledged;
 * while it (a) terminates the app's backends ten times a second apart, (b) restarts PostgreSQL,
 * (c) stops it for 15 s. After each: requests failed, the longest hang, the time from the
 * database being back to steady state, then (the loads held) a burst of 50 page requests that must all answer
 * in < 2 s. At the end, in SQL and at the SMTP sink: acknowledged writes lost, refused writes
 * applied, emails stuck or sent twice (all must be 0). Drops the cluster on exit, error and Ctrl-C.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { DEMO_PASSWORD, demoAccounts, personas } from "@/lib/demo/personas";
import type { Actor } from "@/lib/auth/actor";
import { signIn } from "./bench/lib/sign-in";
import { createCluster, type Cluster } from "./faults/cluster";
import { burst, Gate, startReads, startWrites, type WriteRecord } from "./faults/load";
import { burstLimitMs, failures, formatResults, integrity, outage, type Burst, type Sample, type ScenarioResult, type Window, type WriteCheck } from "./faults/report";
import { ensureFreshBuild, startApp } from "./faults/server";
import { startSmtpSink } from "./faults/smtp-sink";

const { values: args } = parseArgs({
  options: {
    build: { type: "boolean", default: false },
    observe: { type: "string", default: "10" },
    readers: { type: "string", default: "4" },
    settle: { type: "string", default: "330" },
  },
});
const OBSERVE_MS = Number(args.observe) * 1000;
const READERS = Number(args.readers);
const SETTLE_MS = Number(args.settle) * 1000;
const DATABASE = "portal";

const log = (message: string) => console.log(`[faults] ${message}`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;
/**
 * Undoes what was set up, newest first (the cluster is dropped last); Ctrl-C and the end share
 * one run. A step that hangs (a pool waiting on a wedged connection) is given up after 20 s.
 */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const step = cleanups.pop()!;
      try {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("a step took over 20 s; skipped")), 20_000)));
        await Promise.race([step(), late]).finally(() => clearTimeout(timer));
      } catch (error) {
        console.error(`[faults] cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}
// An exception nobody catches (postgres.js 3.4.9 unpatched throws one from a timer when a
// write meets a closed socket) would end an app process: counted, reported, and the run goes on.
const uncaught: string[] = [];
process.on("uncaughtException", (error) => {
  uncaught.push(error.message);
  console.error(`[faults] uncaught exception in this process: ${error.stack ?? error.message}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

type Fault = { name: string; run: (cluster: Cluster, admin: postgres.Sql) => Promise<string> };

const faults: Fault[] = [
  {
    name: "(a) app's backends terminated 10×, 1 s apart",
    run: async (_cluster, admin) => {
      const killed: string[] = [];
      const started = Date.now();
      for (let i = 0; i < 10; i++) {
        if (i > 0) await pause(1000);
        const [row] = await admin<{ n: number }[]>`
          select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
          where datname = ${DATABASE} and backend_type = 'client backend' and pid <> pg_backend_pid()`;
        killed.push(`${row?.n ?? 0} at +${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      return `backends terminated: ${killed.join(", ")}`;
    },
  },
  {
    name: "(b) PostgreSQL restarted",
    run: async (cluster) => {
      const started = Date.now();
      await cluster.restart();
      return `pg_ctlcluster restart took ${((Date.now() - started) / 1000).toFixed(1)} s`;
    },
  },
  {
    name: "(c) PostgreSQL stopped for 15 s",
    run: async (cluster) => {
      await cluster.stop();
      try {
        await pause(15_000);
      } finally {
        await cluster.start();
      }
      return "stopped, 15 s, started";
    },
  },
];

async function main(): Promise<number> {
  process.env.NEXT_DIST_DIR ||= ".next-faults";
  const runId = Date.now().toString(36);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "portal-faults-"));
  const writeLog = path.join(scratch, "writes.jsonl");

  const cluster = await createCluster(log);
  cleanups.push(cluster.drop);
  const admin = postgres(cluster.url("postgres"), { max: 1, connect_timeout: 5, onnotice: () => {} });
  cleanups.push(() => admin.end({ timeout: 1 }));
  await admin.unsafe(`create database ${DATABASE}`);
  const url = cluster.url(DATABASE);

  await ensureFreshBuild(args.build, log, (stop) => cleanups.push(stop));
  const sink = await startSmtpSink();
  cleanups.push(sink.close);
  const app = await startApp(url, sink.url, path.join(scratch, "server.log"), log);
  cleanups.push(app.stop);

  // The write loop's own pool: db/client.ts, as in the app (patched driver, same settings).
  process.env.DATABASE_URL = url;
  const { getDb, closeDb } = await import("@/db/client");
  const db = await getDb();
  cleanups.push(closeDb);
  const probe = postgres(url, { max: 2, connect_timeout: 5, onnotice: () => {} });
  cleanups.push(() => probe.end({ timeout: 1 }));

  const [account] = await probe<{ id: string }[]>`select id from accounts where name = ${demoAccounts.hybrid}`;
  if (!account) throw new Error("the demo world was not seeded (SEED_DEMO=1)");
  const adminEmails = [personas.primaryAdmin.email, personas.secondaryAdmin.email, personas.secondaryAdmin2.email];
  const actors: Actor[] = (await probe<{ id: string; email: string; name: string | null }[]>`
    select id, email, name from people where email = any(${adminEmails}) order by email`).map((p) => ({ personId: p.id, email: p.email, name: p.name ?? p.email }));
  const cookie = await signIn(app.baseUrl, personas.primaryAdmin.email, DEMO_PASSWORD);
  const pages = [`/accounts/${account.id}/users`, `/accounts/${account.id}/products`, `/accounts/${account.id}/admins`, "/hubs"];
  // The burst: the cheapest signed-in page (the person's pending invitations); 50 at once
  // still use every connection of the pool, and the loads are held meanwhile.
  const burstPage = "/invitations";
  for (const page of [...pages, burstPage]) {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${app.baseUrl}${page}`, { headers: { cookie }, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${page} answers ${response.status} before any fault`);
    }
  }
  const before = await burst(app.baseUrl, cookie, burstPage, 50);
  const limitMs = burstLimitMs(before);
  log(`before any fault: a burst of 50 × ${burstPage} took at most ${before.maxMs} ms (${before.failed} failed); bursts after a fault must stay under ${limitMs} ms`);

  const samples: Sample[] = [];
  const writes: WriteRecord[] = [];
  log(`load: ${READERS} readers over ${pages.length} pages; a write loop (log: ${writeLog})`);
  const gate = new Gate();
  const reads = startReads(app.baseUrl, cookie, pages, READERS, gate, samples);
  const writer = startWrites(db, actors, account.id, runId, writeLog, gate, samples, writes);
  cleanups.push(async () => {
    gate.open();
    await reads.stop();
    await writer.stop();
  });

  const runs: Array<{ name: string; window: Window; span: [number, number]; note: string; burst: Burst }> = [];
  let spanStart = 0;
  for (const fault of faults) {
    // The write loop adds more users than one admin may invite in an hour (100): the harness
    // forgets the counters between scenarios, so that refusals come from the faults only.
    await probe`delete from rate_limit_counters where bucket = 'invitations:actor'`;
    await pause(3000);
    log(`${fault.name}: begins`);
    const faultStart = Date.now();
    const note = await fault.run(cluster, admin);
    const databaseBack = Date.now();
    log(`${fault.name}: database back (${note}); observing for ${OBSERVE_MS / 1000} s`);
    await pause(OBSERVE_MS);
    const end = Date.now();
    await gate.close();
    const result = await burst(app.baseUrl, cookie, burstPage, 50);
    gate.open();
    log(`${fault.name}: burst of 50: ${result.n - result.failed} ok, slowest ${result.maxMs} ms`);
    runs.push({ name: fault.name, window: { faultStart, databaseBack, end }, span: [spanStart, Date.now()], note, burst: result });
    spanStart = Date.now();
  }
  await reads.stop();
  await writer.stop();

  // Emails whose delivery failed during a fault wait for the sender's retry (30 s, then 1 min),
  // and those claimed by a batch that a fault interrupted for the claim's lease (5 min).
  log(`waiting (at most ${SETTLE_MS / 1000} s) for the outbox to deliver every acknowledged write's email`);
  const acknowledged = writes.filter((w) => w.acknowledged).map((w) => w.email);
  for (let waited = 0; waited < SETTLE_MS; waited += 2000) {
    const [row] = await probe<{ n: number }[]>`select count(*)::int as n from outbox_emails where "to" = any(${acknowledged}) and status <> 'sent'`;
    if ((row?.n ?? 0) === 0) break;
    await pause(2000);
  }

  const emails = writes.map((w) => w.email);
  const applied = new Set(
    (await probe<{ email: string }[]>`
      select p.email from people p join named_users n on n.person_id = p.id and n.account_id = ${account.id}
      where p.email = any(${emails})`).map((r) => r.email),
  );
  const outbox = await probe<{ id: string; to: string; status: string; attempts: number; locked_until: Date | null; last_error: string | null; sent_at: Date | null }[]>`
    select id, "to", status::text, attempts, locked_until, last_error, sent_at from outbox_emails where "to" = any(${emails})`;
  const check = (w: WriteRecord): WriteCheck => {
    const rows = outbox.filter((o) => o.to === w.email);
    return {
      acknowledged: w.acknowledged,
      applied: applied.has(w.email),
      emails: rows.length,
      unsent: rows.filter((o) => o.status !== "sent").length,
      deliveries: Math.max(0, ...rows.map((o) => sink.deliveries.get(o.id) ?? 0)),
      emailDelayMs: rows.length > 0 && rows.every((o) => o.sent_at) ? Math.max(...rows.map((o) => o.sent_at!.getTime() - w.end)) : null,
    };
  };

  const results: ScenarioResult[] = runs.map((r, i) => {
    const last = i === runs.length - 1;
    const mine = writes.filter((w) => w.start >= r.span[0] && (last || w.start < r.span[1]));
    return { name: r.name, outage: outage(samples, r.window), integrity: integrity(mine.map(check)), burst: r.burst };
  });
  // What each write that broke a must looks like in the database, to tell an ambiguous commit
  // (all of the transaction there) from a partial one, and a leased email from a lost one.
  const flagged = writes.filter((w) => {
    const c = check(w);
    return c.acknowledged !== c.applied || (!c.acknowledged && c.emails > 0) || (c.acknowledged && (c.unsent > 0 || c.emails !== 1)) || c.deliveries > 1;
  });
  const audited = new Set(
    flagged.length === 0
      ? []
      : (await probe<{ email: string }[]>`
          select p.email from audit_events a join people p on p.id = a.target_id
          where a.action = 'named_user.added' and p.email = any(${flagged.map((w) => w.email)})`).map((r) => r.email),
  );
  const details = flagged.map((w) => {
    const rows = outbox.filter((o) => o.to === w.email).map((o) => ({ status: o.status, attempts: o.attempts, lockedUntil: o.locked_until?.toISOString() ?? null, lastError: o.last_error?.slice(0, 80) ?? null, deliveries: sink.deliveries.get(o.id) ?? 0 }));
    const scenario = runs.find((r, i) => w.start >= r.span[0] && (i === runs.length - 1 || w.start < r.span[1]))?.name.slice(0, 3) ?? "?";
    return `${scenario} ${w.email} ${w.outcome} at +${((w.start - runs[0]!.window.faultStart) / 1000).toFixed(1)} s (${w.end - w.start} ms): named user ${applied.has(w.email) ? "present" : "absent"}, audit event ${audited.has(w.email) ? "present" : "absent"}, outbox ${JSON.stringify(rows)}`;
  });
  const replaced = (app.log().match(/client was replaced/g) ?? []).length;
  const [load1, load5] = os.loadavg();
  const lines = [
    `npm run faults — ${new Date().toISOString()} — ${os.cpus().length} cores, load average ${load1!.toFixed(1)} (1 min) ${load5!.toFixed(1)} (5 min)`,
    `${samples.filter((s) => s.kind === "read").length} page reads by ${READERS} readers, ${writes.length} writes (${acknowledged.length} acknowledged); observed ${OBSERVE_MS / 1000} s after each fault`,
    "",
    `burst of 50 × ${burstPage} before any fault: ${before.n - before.failed}/${before.n} ok, max ${before.maxMs} ms`,
    "",
    formatResults(results, limitMs),
    "",
    ...runs.map((r, i) => `${r.name}: ${r.note}; failures: ${JSON.stringify(results[i]!.outage.outcomes)}`),
    `app server: the database client was replaced ${replaced} time(s) after a connect timeout; SMTP deliveries: ${[...sink.deliveries.values()].reduce((a, b) => a + b, 0)}`,
    `uncaught exceptions in the write loop's process: ${uncaught.length}${uncaught.length ? ` (${[...new Set(uncaught)].join("; ")})` : ""}`,
    ...(details.length ? ["", "writes that broke a must (time from the first fault):", ...details] : []),
    `logs: ${writeLog}, ${app.logFile}`,
  ];
  console.log(`\n${lines.join("\n")}\n`);
  const failed = [...failures(results, limitMs), ...(uncaught.length ? [`${uncaught.length} uncaught exception(s) in the write loop's process`] : [])];
  for (const f of failed) console.error(`[faults] FAILED: ${f}`);
  return failed.length ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`[faults] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanUp();
    process.exit(1);
  });
