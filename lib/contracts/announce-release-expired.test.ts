import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { contractProducts, contracts, outboxEmails, products } from "@/db/schema";
import { personas } from "@/lib/demo/personas";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { announceRelease } from "./announce-release";

// CL-9 is about the coordinator's *contracts*: a contract that has expired is no longer
// theirs to look after, so its release emails stop (and no one else gets them in its name).
let w: DemoTestWorld;
let expiredId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("releaseexp");
  const [coordinated] = await w.db.select({ id: contracts.id }).from(contracts).where(eq(contracts.softwareCoordinatorId, w.pid("softwareCoordinator")));
  expiredId = coordinated!.id;
  await w.db.update(contracts).set({ status: "expired" }).where(eq(contracts.id, expiredId));
});
afterAll(async () => {
  await w?.drop();
});

describe("release emails and expired contracts", () => {
  it("CL-9 the coordinator of an expired contract gets no release email for it, and its contract manager none instead", async () => {
    const [civil] = await w.db
      .select({ id: products.id })
      .from(products)
      .innerJoin(contractProducts, eq(contractProducts.productId, products.id))
      .where(and(eq(products.code, "CIVIL3D"), eq(contractProducts.contractId, expiredId)));
    expect(civil).toBeDefined();
    const outcome = await w.db.transaction((tx) => announceRelease(tx, { productCode: "CIVIL3D", version: "2028" }));
    expect(outcome.recipients.filter((r) => r.contractId === expiredId)).toEqual([]);
    expect(outcome.recipients.map((r) => r.email)).not.toContain(personas.softwareCoordinator.email);
    // Active contracts with the product are still looked at (Fabrikam's has no coordinator: listed, nobody emailed).
    expect(outcome.withoutCoordinator.map((c) => c.contractId)).not.toContain(expiredId);
    expect(outcome.withoutCoordinator.length).toBeGreaterThan(0);
    const inbox = await w.db.select({ id: outboxEmails.id }).from(outboxEmails).where(and(eq(outboxEmails.to, personas.softwareCoordinator.email), eq(outboxEmails.kind, "release-notes")));
    expect(inbox).toEqual([]);
  });
});
