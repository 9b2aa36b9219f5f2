import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, contractProducts, contracts, outboxEmails, products, releaseNotices } from "@/db/schema";
import { personas } from "@/lib/demo/personas";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { announceRelease, latestReleases } from "./announce-release";

// What a release leaves behind for each contract told (CL-9): one email, one notice, one
// audit event naming the contract, its coordinator and the release (AU-1). Each test makes
// its own product, so that the other tests' releases do not count.
let w: DemoTestWorld;
let withSc: string; // Aisha coordinates it
let noSc: string;
let n = 0;

beforeAll(async () => {
  w = await createDemoWorldDb("release_edges");
  ({ withSc, noSc } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

/** A new product on the given contracts; returns its code and id. */
async function product(...contractIds: string[]): Promise<{ code: string; id: string; name: string }> {
  n++;
  const code = `REL${n}`;
  const name = `Release Product ${n}`;
  const [row] = await w.db.insert(products).values({ code, name }).returning({ id: products.id });
  if (contractIds.length) await w.db.insert(contractProducts).values(contractIds.map((contractId) => ({ contractId, productId: row!.id, seats: 3 })));
  return { code, id: row!.id, name };
}
const announce = (productCode: string, version: string, notes?: string) => w.db.transaction((tx) => announceRelease(tx, { productCode, version, ...(notes === undefined ? {} : { notes }) }));
const events = (contractId: string) =>
  w.db.select().from(auditEvents).where(and(eq(auditEvents.action, "product.release_announced"), eq(auditEvents.contractId, contractId)));
/** Release emails whose subject starts with the product's name (each test's product is its own). */
const mails = async (productName: string) =>
  (await w.db.select({ to: outboxEmails.to, subject: outboxEmails.subject, text: outboxEmails.text }).from(outboxEmails).where(eq(outboxEmails.kind, "release-notes"))).filter((m) => m.subject.startsWith(`${productName} `));

describe("release emails: what each contract told leaves behind (CL-9, AU-1)", () => {
  it("CL-9 AU-1 the audit event names the contract, its account, the product, the version and the coordinator emailed", async () => {
    const p = await product(withSc);
    const [contract] = await w.db.select({ accountId: contracts.accountId, number: contracts.number }).from(contracts).where(eq(contracts.id, withSc));
    const outcome = await announce(p.code, "9.1", "Fixes the plotter.");
    const email = personas.softwareCoordinator.email;
    expect(outcome).toEqual({
      recipients: [{ personId: w.pid("softwareCoordinator"), email, contractId: withSc, contractNumber: contract!.number, as: "software_coordinator" }],
      alreadyTold: [],
      withoutCoordinator: [],
    });
    const [event, ...more] = await events(withSc);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      actorId: null,
      accountId: contract!.accountId,
      contractId: withSc,
      targetType: "contract",
      targetId: withSc,
      targetLabel: contract!.number,
      after: { product: p.name, version: "9.1", recipient: email, as: "software_coordinator" },
      sideEffects: [{ rule: "CL-9", effect: expect.stringContaining(email) }],
    });
    const sent = (await mails(p.name)).filter((m) => m.subject.startsWith(`${p.name} 9.1 `));
    expect(sent).toEqual([{ to: email, subject: expect.stringContaining(contract!.number), text: expect.stringContaining("Fixes the plotter.") }]);
    const [notice] = await w.db.select().from(releaseNotices).where(eq(releaseNotices.productId, p.id));
    expect(notice).toMatchObject({ contractId: withSc, version: "9.1", recipientId: w.pid("softwareCoordinator"), notes: "Fixes the plotter." });
  });

  it("CL-9 without notes the email still says where to get the release", async () => {
    const p = await product(withSc);
    await announce(p.code, "1.0");
    const [sent] = await mails(p.name);
    expect(sent!.text).toMatch(/\n\n\S/);
    expect(sent!.text.split("\n\n")[1]!.length).toBeGreaterThan(0);
  });

  it("CL-9 contracts without a coordinator only: nothing is sent, noted or audited, and they are listed", async () => {
    const p = await product(noSc);
    const outcome = await announce(p.code, "2.0");
    expect(outcome.recipients).toEqual([]);
    expect(outcome.alreadyTold).toEqual([]);
    expect(outcome.withoutCoordinator.map((c) => c.contractId)).toEqual([noSc]);
    expect(await w.db.select().from(releaseNotices).where(eq(releaseNotices.productId, p.id))).toEqual([]);
    expect(await mails(p.name)).toEqual([]);
  });

  it("CL-9 with a coordinated and an uncoordinated contract, only the coordinator is emailed and only the other is listed", async () => {
    const p = await product(withSc, noSc);
    const outcome = await announce(p.code, "3.0");
    expect(outcome.recipients.map((r) => r.contractId)).toEqual([withSc]);
    expect(outcome.withoutCoordinator.map((c) => c.contractId)).toEqual([noSc]);
    expect(await events(noSc)).toEqual([]);
  });

  it("CL-9 an expired contract with the product is not told", async () => {
    const p = await product(withSc);
    await w.db.update(contracts).set({ status: "expired" }).where(eq(contracts.id, withSc));
    try {
      const outcome = await announce(p.code, "4.0");
      expect(outcome).toEqual({ recipients: [], alreadyTold: [], withoutCoordinator: [] });
    } finally {
      await w.db.update(contracts).set({ status: "active" }).where(eq(contracts.id, withSc));
    }
  });

  it("CL-9 the contract page's latest releases: newest first, at most the limit (5 by default), as days", async () => {
    const p = await product(withSc);
    for (const [i, version] of ["a", "b", "c", "d", "e", "f", "g"].entries()) {
      await announce(p.code, version);
      await w.db.update(releaseNotices).set({ sentAt: new Date(Date.UTC(2030, 0, 1 + i)) }).where(and(eq(releaseNotices.productId, p.id), eq(releaseNotices.version, version)));
    }
    const latest = (await latestReleases(w.db, withSc)).filter((r) => r.product === p.name);
    expect(latest).toEqual(["g", "f", "e", "d", "c"].map((version, i) => ({ product: p.name, version, sentAt: `2030-01-0${7 - i}` })));
    expect(await latestReleases(w.db, withSc, 2)).toEqual([
      { product: p.name, version: "g", sentAt: "2030-01-07" },
      { product: p.name, version: "f", sentAt: "2030-01-06" },
    ]);
  });
});
