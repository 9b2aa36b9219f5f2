import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { accountAdmins, auditEvents, classicUsers, namedUsers, outboxEmails } from "@/db/schema";
import { createDemoWorldDb, hybridClassicContracts, type DemoTestWorld } from "@/test/support/demo-world";
import { moveToNamedCsv, previewMoveToNamed } from "./preview-move-to-named";

let w: DemoTestWorld;
let hybrid: string;
let withSc: string;
let hannahs: string;
const counts = async () =>
  Promise.all([namedUsers, accountAdmins, classicUsers, outboxEmails, auditEvents].map(async (t) => (await w.db.select({ n: count() }).from(t))[0]!.n));

beforeAll(async () => {
  w = await createDemoWorldDb("move_dry_run");
  hybrid = w.world.accountIds.hybrid;
  ({ withSc, hannahs } = await hybridClassicContracts(w));
});
afterAll(async () => {
  await w?.drop();
});

describe("moving a classic contract to User Management: the dry run", () => {
  it("CL-3 CL-5 CL-6 UM-9 the contract manager's preview maps users, assignments, CM and SC, and writes nothing", async () => {
    const before = await counts();
    const result = await previewMoveToNamed(w.db, w.pid("contractManager"), hybrid, withSc);
    expect(result?.decision.allowed).toBe(true);
    const p = result!.preview!;
    expect(p.users.find((u) => u.personId === w.pid("classicUser"))?.namedUser).toBe("new");
    expect(p.users.some((u) => u.namedUser === "already")).toBe(true);
    expect(p.assignments.length).toBeGreaterThan(0);
    expect(p.assignments.every((a) => ["fits", "no_seat", "already_named"].includes(a.outcome))).toBe(true);
    expect(p.roles[0]).toMatchObject({ role: "contract manager", outcome: expect.stringContaining("secondary admin"), rules: ["CL-5"] });
    expect(p.roles[1]).toMatchObject({ role: "software coordinator", rules: ["CL-6", "CL-10"] });
    expect(p.emails.some((e) => e.startsWith("omar.haddad@northwind.example"))).toBe(true);
    expect(moveToNamedCsv(p).split("\n")[0]).toContain("Section,Who");
    expect(await counts()).toEqual(before);
  });

  it("UM-7 CL-3 CL-8 the primary admin may preview; the coordinator is refused; another contract is not found", async () => {
    expect((await previewMoveToNamed(w.db, w.pid("primaryAdmin"), hybrid, withSc))?.decision.allowed).toBe(true);
    expect(await previewMoveToNamed(w.db, w.pid("softwareCoordinator"), hybrid, withSc)).toMatchObject({ decision: { allowed: false, rule: "CL-3" }, preview: null });
    expect(await previewMoveToNamed(w.db, w.pid("contractManager"), hybrid, hannahs)).toBeNull();
    expect(await previewMoveToNamed(w.db, w.pid("secondaryAdmin"), hybrid, withSc)).toBeNull();
  });
});
