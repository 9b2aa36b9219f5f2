import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { contracts, outboxEmails } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { personas } from "@/lib/demo/personas";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { announceRelease, latestReleases } from "./announce-release";
import { assignSoftwareCoordinator } from "./assign-software-coordinator";

let w: DemoTestWorld;
let withSc: string;
let hannahs: string;
const releaseMail = async (to: string) => w.db.select({ subject: outboxEmails.subject }).from(outboxEmails).where(and(eq(outboxEmails.to, to), eq(outboxEmails.kind, "release-notes")));

beforeAll(async () => {
  w = await createDemoWorldDb("release");
  const rows = await w.db.select({ id: contracts.id, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId }).from(contracts);
  withSc = rows.find((r) => r.sc === w.pid("softwareCoordinator"))!.id;
  hannahs = rows.find((r) => r.cm === w.pid("contractManager2"))!.id;
});
afterAll(async () => {
  await w?.drop();
});

describe("release emails", () => {
  it("CL-9 EM-1 the software coordinator receives exactly one email for their contract's product; contracts without a coordinator send nothing and are listed", async () => {
    // CIVIL3D is on the classic contract Aisha coordinates and on Fabrikam's, which has no coordinator.
    const outcome = await w.db.transaction((tx) => announceRelease(tx, { productCode: "civil3d", version: "2027" }));
    expect(outcome.recipients.map((r) => [r.email, r.contractId])).toEqual([[personas.softwareCoordinator.email, withSc]]);
    expect(outcome.withoutCoordinator.length).toBeGreaterThan(0);
    expect(await releaseMail(personas.softwareCoordinator.email)).toEqual([{ subject: expect.stringContaining("Civil 3D 2027 is available") }]);
    expect(await releaseMail(personas.classicOnlyManager.email)).toEqual([]);
    expect(await latestReleases(w.db, withSc)).toEqual([expect.objectContaining({ product: "Civil 3D", version: "2027" })]);
  });

  it("CL-9 announcing the same release again sends nothing", async () => {
    const again = await w.db.transaction((tx) => announceRelease(tx, { productCode: "CIVIL3D", version: "2027" }));
    expect(again.recipients).toEqual([]);
    expect(again.alreadyTold).toEqual([withSc]);
    expect(await releaseMail(personas.softwareCoordinator.email)).toHaveLength(1);
  });

  it("CL-9 CL-7 a coordinator of two contracts with the product gets one email per contract, and two concurrent runs still send each once", async () => {
    expect(await execute(w.db, w.actor("contractManager2"), assignSoftwareCoordinator, { accountId: w.world.accountIds.hybrid, contractId: hannahs, email: personas.softwareCoordinator.email })).toMatchObject({ ok: true });
    const before = (await releaseMail(personas.softwareCoordinator.email)).length;
    const runs = await Promise.all([1, 2, 3].map(() => w.db.transaction((tx) => announceRelease(tx, { productCode: "ACD", version: "2028" }))));
    const told = runs.flatMap((r) => r.recipients.filter((x) => x.email === personas.softwareCoordinator.email).map((x) => x.contractId)).sort();
    expect(told).toEqual([withSc, hannahs].sort());
    expect((await releaseMail(personas.softwareCoordinator.email)).length).toBe(before + 2);
  });

  it("CL-9 an unknown product is refused and nothing is sent", async () => {
    const before = (await w.db.select({ id: outboxEmails.id }).from(outboxEmails)).length;
    await expect(w.db.transaction((tx) => announceRelease(tx, { productCode: "NOPE", version: "1" }))).rejects.toThrow(/not found/);
    expect((await w.db.select({ id: outboxEmails.id }).from(outboxEmails)).length).toBe(before);
  });
});
