import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/lib/actions/define-action";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { addClassicUser } from "./add-classic-user";
import { contractActivityAccess } from "./contract-activity-access";

let w: DemoTestWorld;
let hybrid: string;
let withSc: string;
let hannahs: string;

beforeAll(async () => {
  w = await createDemoWorldDb("contract_activity");
  hybrid = w.world.accountIds.hybrid;
  ({ withSc, hannahs } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

describe("a contract's activity log", () => {
  it("AU-2 AU-1 the contract manager sees their contract's log, which holds the classic changes made on it", async () => {
    const added = await execute(w.db, w.actor("softwareCoordinator"), addClassicUser, { accountId: hybrid, contractId: withSc, email: `log.${Date.now()}@example.test` });
    expect(added.ok).toBe(true);
    expect(await contractActivityAccess(w.db, w.pid("contractManager"), hybrid, withSc)).toMatchObject({ allowed: true, rule: "AU-2" });
    const { rows } = await listAuditEvents(w.db, { contractId: withSc }, {}, { limit: 50 });
    expect(rows.map((r) => r.action)).toContain("classic_user.added");
    expect(rows.every((r) => r.action !== "account.secondary_admin_granted")).toBe(true);
  });

  it("AU-2 UM-7 CL-8 the coordinator and the primary admin are refused with AU-2; another manager's contract and another account's URL are not found", async () => {
    expect(await contractActivityAccess(w.db, w.pid("softwareCoordinator"), hybrid, withSc)).toMatchObject({ allowed: false, rule: "AU-2" });
    expect(await contractActivityAccess(w.db, w.pid("primaryAdmin"), hybrid, withSc)).toMatchObject({ allowed: false, rule: "AU-2" });
    expect(await contractActivityAccess(w.db, w.pid("contractManager"), hybrid, hannahs)).toBeNull();
    expect(await contractActivityAccess(w.db, w.pid("softwareCoordinator"), hybrid, hannahs)).toBeNull();
    expect(await contractActivityAccess(w.db, w.pid("contractManager"), w.world.accountIds.classicOnly, withSc)).toBeNull();
  });
});
