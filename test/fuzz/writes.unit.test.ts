import { describe, expect, it } from "vitest";
import type { TracedRow } from "./trace";
import { checkWrites, type Finding, type Run } from "./writes";

// The fuzz's AU-1 / EM-1 accounting must catch what it is there to catch.
const op = (index: number) => ({ kind: "addSecondaryAdmin" as const, worker: 0, index, place: 0, actor: { pool: "admins" as const, n: 0 }, targets: [], n: [0, 0, 0, 0] });
const call = { kind: "addSecondaryAdmin" as const, accountId: "a", email: "x@y.example" };

function acknowledged(index: number, txid: string): Run {
  return { op: op(index), call, actorId: "p", txids: [txid], result: { ok: true, data: {} }, effects: { audits: 1, emails: ["secondary-admin-granted"] }, thrown: null };
}
function refused(index: number, txid: string): Run {
  return { op: op(index), call, actorId: "p", txids: [txid], result: { ok: false, code: "denied", rule: "UM-4", reason: "r", message: "r" }, effects: null, thrown: null };
}
const audit = (txid: string, seq: number): TracedRow => ({ table: "audit", txid, seq, what: "account.secondary_admin_granted", target: "p2" });
const email = (txid: string, seq: number): TracedRow => ({ table: "outbox", txid, seq, what: "secondary-admin-granted", target: "x@y.example" });

function check(runs: Run[], rows: TracedRow[]): Finding[] {
  const found: Finding[] = [];
  checkWrites(runs, rows, 0, (f) => found.push(f));
  return found;
}

describe("fuzz accounting of audit events and outbox emails", () => {
  it("AU-1 EM-1 an acknowledged change with its one audit event and its email passes; a refused one with nothing passes", () => {
    expect(check([acknowledged(0, "10"), refused(1, "11")], [audit("10", 1), email("10", 2)])).toEqual([]);
  });

  it("AU-1 a missing or a second audit event for an acknowledged change is found", () => {
    expect(check([acknowledged(0, "10")], [email("10", 1)])).toMatchObject([{ check: "AU-1" }]);
    expect(check([acknowledged(0, "10")], [audit("10", 1), audit("10", 2), email("10", 3)])).toMatchObject([{ check: "AU-1" }]);
  });

  it("EM-1 a missing, doubled or wrong-kind email is found, and so is any email of a refused operation", () => {
    expect(check([acknowledged(0, "10")], [audit("10", 1)])).toMatchObject([{ check: "EM-1" }]);
    expect(check([acknowledged(0, "10")], [audit("10", 1), email("10", 2), email("10", 3)])).toMatchObject([{ check: "EM-1" }]);
    expect(check([acknowledged(0, "10")], [audit("10", 1), { ...email("10", 2), what: "role-changed" }])).toMatchObject([{ check: "EM-1" }]);
    expect(check([refused(0, "11")], [email("11", 1)])).toMatchObject([{ check: "EM-1" }]);
  });

  it("EM-1 AU-1 a row written by a transaction that was no operation's (outside the change's transaction) is found", () => {
    expect(check([acknowledged(0, "10")], [audit("10", 1), email("10", 2), email("99", 3)])).toMatchObject([{ check: "EM-1" }]);
    expect(check([], [audit("98", 1)])).toMatchObject([{ check: "AU-1" }]);
  });

  it("a retried operation's rows count under any of its transactions", () => {
    const retried = { ...acknowledged(0, "10"), txids: ["9", "10"] };
    expect(check([retried], [audit("10", 1), email("10", 2)])).toEqual([]);
  });

  it("CL-3 once a renewal carries the date it was asked from, a renewal from another date (a double click renewed twice) is found", () => {
    const renew = { kind: "renew" as const, accountId: "a", contractId: "c", seenRenewalDate: "2027-01-01" };
    const run: Run = { op: { ...op(0), kind: "renew" }, call: renew, actorId: "p", txids: ["10"], result: { ok: true, data: {} }, effects: { audits: 1, emails: ["renewal-confirmation"] }, thrown: null };
    const rows = (from: string): TracedRow[] => [
      { table: "audit", txid: "10", seq: 1, what: "contract.renewed", target: "c", renewedFrom: from },
      { table: "outbox", txid: "10", seq: 2, what: "renewal-confirmation", target: "cm@x.example" },
    ];
    const found = (from: string, carries: boolean) => {
      const out: Finding[] = [];
      const { staleRenewals } = checkWrites([run], rows(from), 0, (f) => out.push(f), { renewalCarriesDate: carries });
      return { out, staleRenewals };
    };
    expect(found("2027-01-01", true)).toEqual({ out: [], staleRenewals: 0 });
    expect(found("2028-01-01", true)).toMatchObject({ out: [{ check: "CL-3" }], staleRenewals: 1 });
    expect(found("2028-01-01", false)).toEqual({ out: [], staleRenewals: 1 });
  });
});
