/**
 * What a fault run measured, turned into its table: pure, so that the definitions below are
 * tested (report.unit.test.ts) rather than remembered.
 */

/** One request of the load: a page read, or a write (a use case run in-process). Times in ms. */
export type Sample = { kind: "read" | "write"; start: number; end: number; ok: boolean; outcome: string };

/** Slower than this counts as not steady, as does any failure. */
export const SLOW_MS = 2000;

export type Window = {
  /** When the fault began (first termination, restart or stop issued). */
  faultStart: number;
  /** When the database was back: last termination done, restart or start returned. */
  databaseBack: number;
  /** End of the observation. */
  end: number;
};

export type Outage = {
  reads: number;
  readsFailed: number;
  writes: number;
  writesRefused: number;
  /** The longest request that overlapped the window, in ms. */
  longestMs: number;
  /** From the database being back to the start of the last failed or slow request (0 when none was after). */
  steadyAfterMs: number;
  /** Failures by outcome (HTTP status, error code), for the notes. */
  outcomes: Record<string, number>;
};

const bad = (s: Sample) => !s.ok || s.end - s.start >= SLOW_MS;

/** The load's experience of one fault: every request that overlapped [faultStart, end]. */
export function outage(samples: readonly Sample[], w: Window): Outage {
  const during = samples.filter((s) => s.end >= w.faultStart && s.start <= w.end);
  const reads = during.filter((s) => s.kind === "read");
  const writes = during.filter((s) => s.kind === "write");
  const lastBad = Math.max(-Infinity, ...during.filter(bad).map((s) => s.start));
  const outcomes: Record<string, number> = {};
  for (const s of during) if (!s.ok) outcomes[`${s.kind} ${s.outcome}`] = (outcomes[`${s.kind} ${s.outcome}`] ?? 0) + 1;
  return {
    reads: reads.length,
    readsFailed: reads.filter((s) => !s.ok).length,
    writes: writes.length,
    writesRefused: writes.filter((s) => !s.ok).length,
    longestMs: Math.max(0, ...during.map((s) => s.end - s.start)),
    steadyAfterMs: Math.max(0, lastBad - w.databaseBack),
    outcomes,
  };
}

/** One acknowledged or refused write, as the database and the SMTP sink saw it afterwards. */
export type WriteCheck = {
  acknowledged: boolean;
  /** The named user is in the account. */
  applied: boolean;
  /** Outbox rows for its address. */
  emails: number;
  /** Those rows not yet sent. */
  unsent: number;
  /** Most SMTP deliveries of any of its outbox rows. */
  deliveries: number;
  /** From the write's answer to its email being sent, in ms (null while unsent). */
  emailDelayMs: number | null;
};

export type Integrity = {
  acknowledgedLost: number;
  refusedApplied: number;
  /** Acknowledged writes whose email was not sent by the end of the run. */
  emailsStuck: number;
  emailsTwice: number;
  emailsMissingOrDuplicated: number;
  /** The longest an acknowledged write's email took to be sent, in ms. */
  slowestEmailMs: number;
};

export function integrity(checks: readonly WriteCheck[]): Integrity {
  const acked = checks.filter((c) => c.acknowledged);
  return {
    acknowledgedLost: acked.filter((c) => !c.applied).length,
    refusedApplied: checks.filter((c) => !c.acknowledged && (c.applied || c.emails > 0)).length,
    emailsStuck: acked.filter((c) => c.unsent > 0).length,
    emailsTwice: checks.filter((c) => c.deliveries > 1).length,
    emailsMissingOrDuplicated: acked.filter((c) => c.emails !== 1).length,
    slowestEmailMs: Math.max(0, ...acked.map((c) => c.emailDelayMs ?? 0)),
  };
}

export type Burst = { n: number; failed: number; maxMs: number };

export type ScenarioResult = { name: string; outage: Outage; integrity: Integrity; burst: Burst };

/**
 * What a burst after a fault must stay under: 2 s, or twice as long as the same burst
 * took before any fault when the machine alone (CPU) already made that slower. A connection
 * left poisoned shows either way: its request waits for the connect timeout (5 s) and fails.
 */
export function burstLimitMs(before: Burst): number {
  return Math.max(SLOW_MS, before.maxMs * 2);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const flag = (n: number) => (n === 0 ? "0" : `**${n}**`);

export function formatResults(results: readonly ScenarioResult[], limitMs: number): string {
  const lines = [
    `| scenario | reads failed | writes refused | longest hang | steady after DB back (aim ≤ 2 s) | acked writes lost | refused writes applied | emails stuck | emails sent twice | slowest email | burst of 50, all < ${limitMs} ms |`,
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ...results.map(({ name, outage: o, integrity: i, burst: b }) => {
      const steady = `${seconds(o.steadyAfterMs)}${o.steadyAfterMs <= SLOW_MS ? "" : " **(over)**"}`;
      const burst = `${b.n - b.failed}/${b.n} ok, max ${b.maxMs} ms${b.failed === 0 && b.maxMs < limitMs ? "" : " **(no)**"}`;
      return `| ${name} | ${o.readsFailed}/${o.reads} | ${o.writesRefused}/${o.writes} | ${seconds(o.longestMs)} | ${steady} | ${flag(i.acknowledgedLost)} | ${flag(i.refusedApplied)} | ${flag(i.emailsStuck)} | ${flag(i.emailsTwice)} | ${seconds(i.slowestEmailMs)} | ${burst} |`;
    }),
  ];
  return lines.join("\n");
}

/** The musts of the run (the aim, steady within 2 s, is reported but does not fail it). */
export function failures(results: readonly ScenarioResult[], limitMs: number): string[] {
  return results.flatMap(({ name, integrity: i, burst: b }) => [
    ...(i.acknowledgedLost ? [`${name}: ${i.acknowledgedLost} acknowledged write(s) lost`] : []),
    ...(i.refusedApplied ? [`${name}: ${i.refusedApplied} refused write(s) applied`] : []),
    ...(i.emailsStuck ? [`${name}: ${i.emailsStuck} email(s) stuck`] : []),
    ...(i.emailsTwice ? [`${name}: ${i.emailsTwice} email(s) sent twice`] : []),
    ...(i.emailsMissingOrDuplicated ? [`${name}: ${i.emailsMissingOrDuplicated} acknowledged write(s) without exactly one outbox email`] : []),
    ...(b.failed || b.maxMs >= limitMs ? [`${name}: the burst had ${b.failed} failure(s), slowest ${b.maxMs} ms (limit ${limitMs} ms)`] : []),
  ]);
}
