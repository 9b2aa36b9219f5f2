import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHubPerson, demoProjectIds } from "@/test/support/projects";
import { listHubMembers, membersQuery } from "./list-hub-members";
import { removeHubMember } from "./remove-hub-member";

// The members page's removal confirmation says how many of this hub's invitations the removal
// cancels (HB-7): the list's count and what the removal cancels are the same invitations.
let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("removepreview");
});
afterAll(async () => {
  await w?.drop();
});

const invite = (hubId: string, email: string, status: "pending" | "awaiting_approval" | "expired" | "declined", projectId: string | null = null) => ({
  hubId,
  projectId,
  email,
  hubRole: "hub_member" as const,
  projectRole: projectId ? ("viewer" as const) : null,
  status,
  tokenHash: randomUUID(),
  expiresAt: new Date(Date.now() + 86_400_000),
});

describe("removing a hub member: the confirmation's preview", () => {
  it("HB-7 HB-3 the members list counts this hub's open invitations addressed to a member, and removing them cancels exactly those", async () => {
    const hubId = w.world.hubId;
    const ids = await demoProjectIds(w.db);
    const email = "preview.member@northwind.example";
    const personId = await addHubPerson(w.db, hubId, email, "hub_member");
    // Open ones here (pending to a project, awaiting approval to another, an expired one); an answered one does not count.
    const rows = await w.db
      .insert(invitations)
      .values([invite(hubId, email, "pending", ids.gearbox), invite(hubId, email, "awaiting_approval", ids.conveyor), invite(hubId, email, "expired", ids.tooling), invite(hubId, email, "declined", ids.spareParts)])
      .returning({ id: invitations.id, status: invitations.status });
    const [listed] = await listHubMembers(w.db, hubId, membersQuery.parse({ q: email })).then((r) => r.rows);
    expect(listed).toMatchObject({ email, openInvitations: 3 });

    const r = await execute(w.db, w.actor("hubAdmin"), removeHubMember, { hubId, personId });
    expect(r.ok).toBe(true);
    const after = await w.db.select({ id: invitations.id, status: invitations.status }).from(invitations).where(and(eq(invitations.email, email), inArray(invitations.id, rows.map((x) => x.id))));
    const open = rows.filter((x) => x.status !== "declined").map((x) => x.id);
    expect(after.filter((x) => x.status === "cancelled").map((x) => x.id).sort()).toEqual(open.sort());
    expect(after.find((x) => !open.includes(x.id))?.status).toBe("declined");
  });
});
