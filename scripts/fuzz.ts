/**
 * `npm run fuzz -- [--ops 10000] [--workers 16] [--seed N] [--batch 400]`
 *
 * Hardening (issue 14): the long concurrency fuzz. Makes its own database on the local
 * PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432; local servers only), builds the
 * fuzz world, runs the operations from every worker at once in batches, checks the
 * invariants with SQL after each batch, prints the figures and drops the database. Exits 1
 * with the replay command when anything broke. Without --seed a random seed is drawn (and
 * printed). The short version runs in CI: test/fuzz/concurrency.fuzz.test.ts.
 */
import { parseArgs } from "node:util";
import { createTestDb } from "@/test/support/test-db";
import { formatReport, replayCommand } from "@/test/fuzz/report";
import { runFuzz } from "@/test/fuzz/runner";
import { installTracing } from "@/test/fuzz/trace";
import { buildWorld } from "@/test/fuzz/world";

const { values: args } = parseArgs({
  options: {
    ops: { type: "string", default: "10000" },
    workers: { type: "string", default: "16" },
    seed: { type: "string" },
    batch: { type: "string", default: "400" },
  },
});

const int = (name: string, v: string | undefined, min: number): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${v})`);
  return n;
};

async function main(): Promise<number> {
  const ops = int("ops", args.ops, 1);
  const workers = int("workers", args.workers, 1);
  const batch = int("batch", args.batch, workers);
  const seed = args.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : int("seed", args.seed, 0);
  const log = (m: string) => console.log(`[fuzz] ${m}`);
  log(`seed ${seed}: ${ops} operations from ${workers} workers, batches of ${batch}`);
  const t = await createTestDb("fuzz");
  // Ctrl-C drops the database too.
  process.once("SIGINT", () => {
    void t.drop().finally(() => process.exit(130));
  });
  try {
    const world = await buildWorld(t.db);
    await installTracing(t.db);
    log(`world built: ${world.accounts.length} accounts, ${world.contracts.length} contracts, ${world.hubs.length} hubs, ${world.projects.length} projects, ${world.people.length} people`);
    const report = await runFuzz({ db: t.db, world, seed, ops, workers, batch, log });
    console.log("");
    console.log(formatReport(report));
    if (report.findingCount > 0) {
      console.error(`\nFAILED: ${report.findingCount} finding(s). Replay with: ${replayCommand(report)}`);
      return 1;
    }
    return 0;
  } finally {
    await t.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
