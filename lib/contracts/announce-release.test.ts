import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { contracts, outboxEmails } from "@/db/schema";
import { personas } from "@/lib/demo/personas";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { announceRelease } from "./announce-release";

let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("release");
});
afterAll(async () => {
  await w?.drop();
});

describe("release emails", () => {
  it("CL-9 the software coordinator receives the release email of their contract's product, not the contract manager", async () => {
    // CIVIL3D is on the classic contract Aisha coordinates (and on Fabrikam's, which has no coordinator).
    const recipients = await w.db.transaction((tx) => announceRelease(tx, { productCode: "civil3d", version: "2027" }));
    const coordinated = recipients.filter((r) => r.as === "software_coordinator");
    expect(coordinated.map((r) => r.email)).toContain(personas.softwareCoordinator.email);
    const [theirs] = await w.db.select({ id: contracts.id, cm: contracts.contractManagerId }).from(contracts).where(eq(contracts.softwareCoordinatorId, w.pid("softwareCoordinator")));
    expect(recipients.filter((r) => r.contractId === theirs!.id).map((r) => r.email)).toEqual([personas.softwareCoordinator.email]);
    const inbox = await w.db
      .select({ subject: outboxEmails.subject })
      .from(outboxEmails)
      .where(and(eq(outboxEmails.to, personas.softwareCoordinator.email), eq(outboxEmails.kind, "release-notes")));
    expect(inbox).toEqual([{ subject: "Civil 3D 2027 is available" }]);
  });

  it("CL-9 a classic contract without a software coordinator sends the release email to its contract manager", async () => {
    const recipients = await w.db.transaction((tx) => announceRelease(tx, { productCode: "CIVIL3D", version: "2027.1" }));
    expect(recipients.find((r) => r.email === personas.classicOnlyManager.email)?.as).toBe("contract_manager");
  });

  it("CL-9 an unknown product is refused and nothing is sent", async () => {
    const before = (await w.db.select({ id: outboxEmails.id }).from(outboxEmails)).length;
    await expect(w.db.transaction((tx) => announceRelease(tx, { productCode: "NOPE", version: "1" }))).rejects.toThrow(/not found/);
    expect((await w.db.select({ id: outboxEmails.id }).from(outboxEmails)).length).toBe(before);
  });
});
