import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { loadAdminsView } from "./admins-view";

let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("adminsview");
});
afterAll(async () => {
  await w?.drop();
});

const viewFor = async (who: PersonaKey) => loadAdminsView(w.db, (await loadAccountFacts(w.db, w.pid(who), w.world.accountIds.hybrid))!);

describe("the admins page's capabilities", () => {
  it("UM-2 UM-3 UM-10 HB-1 the primary admin may change the primary admin to, and remove, each secondary admin, and manage SSO admins, but not remove herself", async () => {
    const v = await viewFor("primaryAdmin");
    expect(v.primary).toMatchObject({ email: personas.primaryAdmin.email, isActor: true, remove: { allowed: false, reason: expect.stringContaining("(UM-10)") } });
    expect(v.secondaries.map((s) => s.email).sort()).toEqual([personas.secondaryAdmin.email, personas.secondaryAdmin2.email].sort());
    for (const s of v.secondaries) expect([s.makePrimary.allowed, s.remove.allowed]).toEqual([true, true]);
    expect(v.ssoAdmins.map((s) => [s.email, s.revoke.allowed])).toEqual([[personas.ssoAdmin.email, true]]);
    expect([v.addSecondary.allowed, v.grantSso.allowed]).toEqual([true, true]);
  });

  it("HB-1 a secondary admin manages secondary admins but not SSO admins, and is told why", async () => {
    const v = await viewFor("secondaryAdmin");
    expect(v.addSecondary.allowed).toBe(true);
    expect(v.grantSso).toEqual({ allowed: false, reason: "Only the primary admin grants or revokes the SSO admin role (HB-1).", rule: "HB-1" });
    expect(v.ssoAdmins.every((s) => !s.revoke.allowed)).toBe(true);
    expect(v.secondaries.find((s) => s.isActor)?.email).toBe(personas.secondaryAdmin.email);
  });

  it("UM-8 CL-10 UM-7 the preview names the contract managers and coordinators the actor may see, and no classic one for a secondary admin", async () => {
    const primary = (await viewFor("primaryAdmin")).secondaries[0]!.preview;
    expect(primary.unchanged[0]?.detail).toContain("Daniel Weber");
    expect(primary.unchanged[0]?.detail).toContain("Hannah Kim");
    expect(primary.unchanged[1]?.detail).toContain("Aisha Bello");
    const secondary = (await viewFor("secondaryAdmin")).secondaries[0]!.preview;
    // Hannah manages a classic contract only: a secondary admin does not see it (UM-7 Decision).
    expect(secondary.unchanged[0]?.detail).not.toContain("Hannah Kim");
    expect(secondary.unchanged[1]?.detail).toBe("Software coordinators: none on the contracts you can see");
  });
});
