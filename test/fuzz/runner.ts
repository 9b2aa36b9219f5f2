import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { expireInvitations } from "@/lib/hubs/invitations/expire-invitations";
import { renewalCarriesDate, runCall } from "./adapter";
import { checkInvariants, INVARIANTS } from "./invariants";
import { generateOps, OP_KINDS, resolve, type Op, type OpKind } from "./operations";
import { lastSeq, rowsSince, tracedDb } from "./trace";
import { checkWrites, describe, refusalKey, type Finding, type Run } from "./writes";
import type { World } from "./world";

export type { Finding };

export type FuzzOptions = {
  db: Db;
  world: World;
  seed: number;
  ops: number;
  workers: number;
  /** Operations per batch (all workers together); the invariants are checked after each. */
  batch: number;
  /** An operation still running after this long is reported as hung. */
  opTimeoutMs?: number;
  log?: (line: string) => void;
};

export type KindFigures = { total: number; acknowledged: number; refused: number; skipped: number; errors: number; refusals: Record<string, number> };

export type FuzzReport = {
  seed: number;
  ops: number;
  workers: number;
  batch: number;
  batches: number;
  durationMs: number;
  byKind: Record<OpKind, KindFigures>;
  /** Refusals by code and rule ("denied HB-8", "conflict UM-9", "not_found"). */
  refusals: Record<string, number>;
  acknowledged: number;
  refused: number;
  skipped: number;
  errors: number;
  /** SQL invariant queries run, and operations whose audit events and emails were compared. */
  invariantChecks: number;
  accountingChecks: number;
  renewalDateCarried: boolean;
  /** Acknowledged renewals that renewed from a later date than they were asked from (CL-3). */
  staleRenewals: number;
  /** Deadlocks PostgreSQL detected in the fuzz's database (the executor retries them). */
  deadlocks: number;
  /** Known bugs seen (not failed on): their note, and the most rows that showed one at once. */
  known: Record<string, number>;
  findings: Finding[];
  /** All findings, when more than the ones kept. */
  findingCount: number;
};

const MAX_FINDINGS = 40;

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung: ${what} still running after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runOne(o: FuzzOptions, op: Op, timeoutMs: number): Promise<Run> {
  const run: Run = { op, call: null, actorId: null, txids: [], result: null, effects: null, thrown: null };
  try {
    const resolved = await resolve(o.db, o.world, op);
    if (!resolved) return run;
    run.call = resolved.call;
    run.actorId = resolved.actor.personId;
    const db = tracedDb(o.db, (txid) => run.txids.push(txid));
    const outcome = await withTimeout(runCall(db, resolved.actor, resolved.call), timeoutMs, op.kind);
    run.result = outcome.result;
    run.effects = outcome.effects;
  } catch (error) {
    run.thrown = error instanceof Error ? `${error.message}\n${error.stack?.split("\n").slice(1, 4).join("\n") ?? ""}` : String(error);
  }
  return run;
}

/**
 * The clock between batches: a few pending invitations run out of their days and the expiry
 * job runs (HB-7); rate-limit windows end (an admin sending invitations all day is limited
 * per hour, and the fuzz wants their operations to reach the rules behind the limit).
 */
async function timePasses(db: Db): Promise<void> {
  await db.execute(sql`delete from rate_limit_counters`);
  await db.execute(sql`update invitations set expires_at = now() - interval '1 minute'
    where id in (select id from invitations where status = 'pending' and expires_at > now() order by created_at, id limit 2)`);
  await expireInvitations(db);
}

async function deadlocks(db: Db): Promise<number> {
  const rows = (await db.execute(sql`select deadlocks::int as n from pg_stat_database where datname = current_database()`)) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}

/** Runs the fuzz: batches of operations from every worker at once, the invariants after each. */
export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const timeoutMs = o.opTimeoutMs ?? 60_000;
  const perWorker = Math.ceil(o.ops / o.workers);
  const perBatch = Math.max(1, Math.floor(o.batch / o.workers));
  const plan = generateOps(o.world, o.seed, o.workers, perWorker);
  const byKind = Object.fromEntries(OP_KINDS.map((k) => [k, { total: 0, acknowledged: 0, refused: 0, skipped: 0, errors: 0, refusals: {} }])) as Record<OpKind, KindFigures>;
  const refusals: Record<string, number> = {};
  const findings: Finding[] = [];
  let findingCount = 0;
  const find = (f: Finding) => {
    findingCount++;
    if (findings.length < MAX_FINDINGS) findings.push(f);
  };
  const seen = new Set<string>();
  const known: Record<string, number> = {};
  let invariantChecks = 0;
  let staleRenewals = 0;
  let accountingChecks = 0;
  let seq = await lastSeq(o.db);
  const batches = Math.ceil(perWorker / perBatch);

  for (let b = 0; b < batches; b++) {
    const slice = plan.map((ops) => ops.slice(b * perBatch, (b + 1) * perBatch));
    const runs = (
      await Promise.all(
        slice.map(async (ops) => {
          const out: Run[] = [];
          for (const op of ops) out.push(await runOne(o, op, timeoutMs));
          return out;
        }),
      )
    ).flat();

    for (const run of runs) {
      const k = byKind[run.op.kind];
      k.total++;
      if (run.thrown !== null || run.result?.ok === false && (run.result.code === "error" || run.result.code === "invalid")) {
        k.errors++;
        const why = run.thrown ?? (run.result && !run.result.ok ? `${run.result.code}: ${run.result.message}` : "");
        find({ batch: b, check: run.thrown ? "no 5xx (thrown)" : run.result?.ok === false && run.result.code === "invalid" ? "adapter (invalid input)" : "no 5xx", detail: `${describe(run)} ${why}` });
      } else if (!run.call) k.skipped++;
      else if (run.result?.ok) k.acknowledged++;
      else if (run.result) {
        k.refused++;
        const key = refusalKey(run.result);
        refusals[key] = (refusals[key] ?? 0) + 1;
        k.refusals[key] = (k.refusals[key] ?? 0) + 1;
      }
    }

    for (const broken of await checkInvariants(o.db)) {
      // A broken state stays broken: each row is reported in the batch that first showed it.
      const fresh = broken.rows.filter((row) => !seen.has(`${broken.id} ${JSON.stringify(row)}`));
      for (const row of [...broken.rows, ...broken.known]) seen.add(`${broken.id} ${JSON.stringify(row)}`);
      if (fresh.length > 0) find({ batch: b, check: broken.id, detail: `${broken.says}: ${JSON.stringify(fresh)}` });
      if (broken.known.length > 0 && broken.knownNote) {
        const key = `${broken.id}: ${broken.knownNote}`;
        known[key] = Math.max(known[key] ?? 0, broken.known.length);
      }
    }
    invariantChecks += INVARIANTS.length;
    const rows = await rowsSince(o.db, seq);
    const writes = checkWrites(runs, rows, b, find, { renewalCarriesDate });
    accountingChecks += writes.compared;
    staleRenewals += writes.staleRenewals;

    await timePasses(o.db);
    seq = await lastSeq(o.db);
    const done = (b + 1) * perBatch * o.workers;
    o.log?.(`batch ${b + 1}/${batches}: ${Math.min(done, perWorker * o.workers)} ops, ${findingCount} finding(s), ${Math.round((Date.now() - started) / 1000)} s`);
  }

  const totals = Object.values(byKind);
  return {
    seed: o.seed,
    ops: perWorker * o.workers,
    workers: o.workers,
    batch: perBatch * o.workers,
    batches,
    durationMs: Date.now() - started,
    byKind,
    refusals,
    acknowledged: totals.reduce((s, k) => s + k.acknowledged, 0),
    refused: totals.reduce((s, k) => s + k.refused, 0),
    skipped: totals.reduce((s, k) => s + k.skipped, 0),
    errors: totals.reduce((s, k) => s + k.errors, 0),
    invariantChecks,
    accountingChecks,
    renewalDateCarried: renewalCarriesDate,
    staleRenewals,
    deadlocks: await deadlocks(o.db),
    known,
    findings,
    findingCount,
  };
}
