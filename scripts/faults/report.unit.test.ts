import { describe, expect, it } from "vitest";
import { burstLimitMs, failures, formatResults, integrity, outage, type Sample } from "./report";

const read = (start: number, end: number, ok = true, outcome = "200"): Sample => ({ kind: "read", start, end, ok, outcome });
const write = (start: number, end: number, ok = true, outcome = "ok"): Sample => ({ kind: "write", start, end, ok, outcome });

describe("the fault run's measures", () => {
  const w = { faultStart: 10_000, databaseBack: 20_000, end: 30_000 };

  it("reliability: counts what overlapped the fault, and steadiness from the database being back to the last bad request's start", () => {
    const o = outage(
      [
        read(0, 100), // before: not counted
        read(9_000, 12_000, false, "500"), // overlaps the start
        write(15_000, 15_500, false, "error"),
        read(21_000, 23_500), // slow after the database is back: not steady yet
        read(24_000, 24_100),
        write(25_000, 25_200),
        read(31_000, 31_100), // after: not counted
      ],
      w,
    );
    expect(o).toEqual({
      reads: 3,
      readsFailed: 1,
      writes: 2,
      writesRefused: 1,
      longestMs: 3_000,
      steadyAfterMs: 1_000,
      outcomes: { "read 500": 1, "write error": 1 },
    });
  });

  it("reliability: steady at once when nothing failed or crawled after the database was back", () => {
    expect(outage([read(12_000, 19_000, false, "500"), read(20_500, 20_600)], w).steadyAfterMs).toBe(0);
    expect(outage([], w)).toMatchObject({ reads: 0, longestMs: 0, steadyAfterMs: 0 });
  });

  it("reliability: a lost acknowledged write, an applied refusal and emails stuck or sent twice are each counted and fail the run", () => {
    const i = integrity([
      { acknowledged: true, applied: true, emails: 1, unsent: 0, deliveries: 1, emailDelayMs: 700 },
      { acknowledged: true, applied: false, emails: 0, unsent: 0, deliveries: 0, emailDelayMs: null },
      { acknowledged: false, applied: true, emails: 1, unsent: 0, deliveries: 1, emailDelayMs: 9_000 },
      { acknowledged: false, applied: false, emails: 0, unsent: 0, deliveries: 0, emailDelayMs: null },
      { acknowledged: true, applied: true, emails: 1, unsent: 1, deliveries: 0, emailDelayMs: null },
      { acknowledged: true, applied: true, emails: 1, unsent: 0, deliveries: 2, emailDelayMs: 31_000 },
    ]);
    expect(i).toEqual({ acknowledgedLost: 1, refusedApplied: 1, emailsStuck: 1, emailsTwice: 1, emailsMissingOrDuplicated: 1, slowestEmailMs: 31_000 });
    const result = { name: "restart", outage: outage([], w), integrity: i, burst: { n: 50, failed: 0, maxMs: 2_100 } };
    expect(failures([result], 2_000)).toHaveLength(6);
    expect(failures([result], 3_000)).toHaveLength(5);
    expect(formatResults([result], 2_000)).toContain("| restart | 0/0 | 0/0 | 0.0 s | 0.0 s | **1** | **1** | **1** | **1** | 31.0 s | 50/50 ok, max 2100 ms **(no)** |");
  });

  it("reliability: a burst must stay under 2 s, or twice what it took before any fault when the machine alone is slower", () => {
    expect(burstLimitMs({ n: 50, failed: 0, maxMs: 900 })).toBe(2_000);
    expect(burstLimitMs({ n: 50, failed: 0, maxMs: 2_400 })).toBe(4_800);
  });
});
