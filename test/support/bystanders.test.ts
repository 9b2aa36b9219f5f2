import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { contractProducts, hubMembers, invitations, namedSeatCounts } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "./demo-world";
import { bystandersOf, expectBystandersUnchanged, snapshotBystanders } from "./bystander-snapshot";

let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("bystanders");
});
afterAll(async () => {
  await w?.drop();
});

describe("the bystander scope (issue 14)", () => {
  it("UM-9 CL-12 HB-8 is seeded within its seats and with an active hub administrator", async () => {
    const b = bystandersOf(w.db);
    const seats = await w.db.select({ assigned: namedSeatCounts.assigned }).from(namedSeatCounts).where(eq(namedSeatCounts.accountId, b.accountId));
    expect(seats.reduce((n, r) => n + r.assigned, 0)).toBe(12);
    const classic = await w.db.select({ assigned: contractProducts.assigned, seats: contractProducts.seats }).from(contractProducts).where(eq(contractProducts.contractId, b.classicContractId));
    expect(classic.map((r) => r.assigned).sort()).toEqual([2, 3]);
    const [admins] = await w.db.select({ n: sql<number>`count(*)::int` }).from(hubMembers).where(and(eq(hubMembers.hubId, b.hubId), eq(hubMembers.role, "hub_admin"), eq(hubMembers.active, true)));
    expect(admins?.n).toBe(3);
  });

  it("the snapshot is deterministic, and a change in scope is reported with its table and row", async () => {
    const b = bystandersOf(w.db);
    const before = await snapshotBystanders(w.db, b);
    expect(before.size).toBeGreaterThan(140);
    await expectBystandersUnchanged(w.db, b, before);
    const leo = w.pid("hubMember");
    await w.db.update(hubMembers).set({ role: "hub_member" }).where(and(eq(hubMembers.hubId, b.hubId), eq(hubMembers.personId, leo)));
    await w.db.update(invitations).set({ status: "cancelled" }).where(eq(invitations.id, b.invitationIds[0]!));
    try {
      const error = await expectBystandersUnchanged(w.db, b, before).catch((e: unknown) => e);
      expect(String(error)).toMatch(/hub_members: changed .*leo\.martin@northwind\.example.* role: "hub_admin" → "hub_member"/);
      expect(String(error)).toMatch(/invitations: changed .* status: "pending" → "cancelled"/);
    } finally {
      await w.db.update(hubMembers).set({ role: "hub_admin" }).where(and(eq(hubMembers.hubId, b.hubId), eq(hubMembers.personId, leo)));
      await w.db.update(invitations).set({ status: "pending" }).where(eq(invitations.id, b.invitationIds[0]!));
    }
    await expectBystandersUnchanged(w.db, b, before);
  });
});
