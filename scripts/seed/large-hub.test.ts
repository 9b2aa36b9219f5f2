import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { hubMembers, invitations } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { seedLargeAccount } from "./large-account";
import { seedLargeHub, type LargeHubSummary } from "./large-hub";

describe("seed-large's hub", () => {
  let t: TestDb;
  let hub: LargeHubSummary;
  beforeAll(async () => {
    t = await createTestDb("seedlargehub");
    const account = await seedLargeAccount(t.db, { users: 20, accountName: "Hub Test Corp", domain: "hub-test.example" });
    hub = await seedLargeHub(t.db, { accountId: account.accountId, domain: "hub-test.example", members: 300, invitations: 80, log: () => {} });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("HB-8 HB-7 the large hub has its members in every role, active administrators, and invitations in every state", async () => {
    const [m] = await t.db.select({ n: count() }).from(hubMembers).where(eq(hubMembers.hubId, hub.hubId));
    expect(m?.n).toBe(300);
    const [admins] = await t.db.select({ n: count() }).from(hubMembers).where(and(eq(hubMembers.hubId, hub.hubId), eq(hubMembers.role, "hub_admin"), eq(hubMembers.active, true)));
    expect(admins?.n).toBeGreaterThan(1);
    const states = await t.db.selectDistinct({ s: invitations.status }).from(invitations).where(eq(invitations.hubId, hub.hubId));
    expect(states.map((x) => x.s).sort()).toEqual(["accepted", "awaiting_approval", "cancelled", "declined", "expired", "pending", "rejected"]);
    const [inv] = await t.db.select({ n: count() }).from(invitations).where(eq(invitations.hubId, hub.hubId));
    expect(inv?.n).toBe(80);
  });
});
