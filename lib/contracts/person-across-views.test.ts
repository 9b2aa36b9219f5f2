import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAccountFacts } from "@/lib/permissions/facts";
import type { PersonaKey } from "@/lib/demo/personas";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { loadPersonAcrossViews } from "./person-across-views";

let w: DemoTestWorld;
let hybrid: string;
const across = async (viewer: PersonaKey, person: PersonaKey) => loadPersonAcrossViews(w.db, (await loadAccountFacts(w.db, w.pid(viewer), hybrid))!, w.pid(person));

beforeAll(async () => {
  w = await createDemoWorldDb("person_across");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

describe("one person across both views", () => {
  it("HY-2 UM-7 the primary admin sees a classic-only person in each classic contract and not in User Management", async () => {
    const omar = await across("primaryAdmin", "classicUser");
    expect(omar?.userManagement).toBeNull();
    expect(omar?.classic.length).toBe(2);
    expect(omar?.classic.every((c) => c.roles.includes("user") && c.products.length > 0)).toBe(true);
  });

  it("HY-3 the contract manager shows as manager of their contracts; the primary admin shows their User Management role", async () => {
    const daniel = await across("primaryAdmin", "contractManager");
    expect(daniel?.classic.filter((c) => c.roles.includes("manager")).length).toBe(2);
    const priya = await across("primaryAdmin", "primaryAdmin");
    expect(priya?.userManagement).toMatchObject({ adminRole: "primary" });
  });

  it("CL-8 UM-7 a software coordinator sees only their contract's side and no User Management; a person of no concern is not found", async () => {
    const omar = await across("softwareCoordinator", "classicUser");
    expect(omar?.userManagement).toBeUndefined();
    expect(omar?.classic.length).toBe(1);
    expect(await across("softwareCoordinator", "namedUser")).toBeNull();
    expect(await across("secondaryAdmin", "classicUser")).toBeNull();
    expect(await across("secondaryAdmin", "namedUser")).toMatchObject({ userManagement: { adminRole: null }, classic: [] });
  });
});
