import { appendFileSync } from "node:fs";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { execute } from "@/lib/actions/define-action";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import type { Burst, Sample } from "./report";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HANG_LIMIT_MS = 120_000;

/** One GET as a browser would make it (signed in, body read to the end). */
async function get(url: string, cookie: string): Promise<{ ok: boolean; outcome: string }> {
  try {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(HANG_LIMIT_MS) });
    await response.arrayBuffer();
    return { ok: response.status === 200, outcome: String(response.status) };
  } catch (error) {
    return { ok: false, outcome: error instanceof Error ? error.name : "error" };
  }
}

export type Running = { stop: () => Promise<void> };

/** Lets the loads be held while a burst is measured: close() waits for requests in flight. */
export class Gate {
  private held: { promise: Promise<void>; release: () => void } | null = null;
  private busy = 0;
  private idle: (() => void) | null = null;

  async enter(): Promise<void> {
    while (this.held) await this.held.promise;
    this.busy++;
  }

  leave(): void {
    this.busy--;
    if (this.busy === 0) this.idle?.();
  }

  async close(): Promise<void> {
    let release = () => {};
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.held = { promise, release };
    if (this.busy > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.idle = null;
  }

  open(): void {
    const held = this.held;
    this.held = null;
    held?.release();
  }
}

/** `loops` readers, each requesting the pages in turn, back to back. */
export function startReads(baseUrl: string, cookie: string, pages: readonly string[], loops: number, gate: Gate, samples: Sample[]): Running {
  let running = true;
  const readers = Array.from({ length: loops }, async (_, reader) => {
    for (let i = reader; running; i++) {
      await gate.enter();
      const start = Date.now();
      const { ok, outcome } = await get(`${baseUrl}${pages[i % pages.length]}`, cookie);
      samples.push({ kind: "read", start, end: Date.now(), ok, outcome });
      gate.leave();
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(readers);
    },
  };
}

export type WriteRecord = { email: string; start: number; end: number; acknowledged: boolean; outcome: string };

/**
 * Adds named users one after another through the same use case as the portal's "Add user"
 * (the executor, the policy, one transaction with the audit event and the invitation email),
 * in this process on the same database, as the admins in turn. Each write is logged (JSONL)
 * with whether it was acknowledged (ok) or refused.
 */
export function startWrites(db: Db, actors: readonly Actor[], accountId: string, runId: string, logFile: string, gate: Gate, samples: Sample[], writes: WriteRecord[]): Running {
  let running = true;
  const loop = (async () => {
    for (let n = 1; running; n++) {
      await gate.enter();
      const email = `w${n}-${runId}@faults.example`;
      const start = Date.now();
      let acknowledged = false;
      let outcome: string;
      try {
        const result = await execute(db, actors[n % actors.length]!, addNamedUser, { accountId, email, firstName: "Fault", lastName: `Writer ${n}`, productIds: [] });
        acknowledged = result.ok;
        outcome = result.ok ? "ok" : result.code;
      } catch (error) {
        // A failure before the transaction (the rate-limit counter): nothing was written.
        outcome = `threw ${(error as { code?: string }).code ?? (error instanceof Error ? error.name : "error")}`;
      }
      const record = { email, start, end: Date.now(), acknowledged, outcome };
      writes.push(record);
      samples.push({ kind: "write", start, end: record.end, ok: acknowledged, outcome });
      appendFileSync(logFile, `${JSON.stringify(record)}\n`);
      gate.leave();
      await pause(250);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/** `n` GETs of one page at once: each must answer 200 in under 2 s. */
export async function burst(baseUrl: string, cookie: string, page: string, n: number): Promise<Burst> {
  const answers = await Promise.all(
    Array.from({ length: n }, async () => {
      const start = Date.now();
      const { ok } = await get(`${baseUrl}${page}`, cookie);
      return { ok, ms: Date.now() - start };
    }),
  );
  return { n, failed: answers.filter((a) => !a.ok).length, maxMs: Math.max(...answers.map((a) => a.ms)) };
}
