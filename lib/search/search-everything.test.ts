import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contracts } from "@/db/schema";
import { decide } from "@/lib/permissions";
import { loadContractFacts } from "@/lib/permissions/facts";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { eq } from "drizzle-orm";
import { hubs } from "@/db/schema";
import { demoServiceHubName } from "@/lib/demo/demo-service-hub";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { BYSTANDER } from "@/test/support/bystanders";
import { DEMO_PROJECTS } from "@/test/support/projects";
import { searchEverything } from "./search-everything";
import type { SearchKind, SearchResult } from "./search-types";

let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("search");
});
afterAll(async () => {
  await w?.drop();
});

async function search(who: PersonaKey, q: string): Promise<SearchResult[]> {
  const result = await searchEverything(w.db, w.pid(who), { q });
  if (!result.ok) throw new Error(`search refused: ${result.message}`);
  return result.data.results;
}
const labels = (rows: SearchResult[], kind: SearchKind) => rows.filter((r) => r.kind === kind).map((r) => r.label);

describe("search everywhere: projects follow the projects list's scope", () => {
  it("LP-1 LP-6 a Secret project never appears in a non-member's search", async () => {
    // Marcus is a Hub Member of the demo hub and not in Project Falcon; a Project Contributor of the bystander hub, not in Project Heron.
    expect(labels(await search("secondaryAdmin", "project"), "project")).toEqual([]);
    expect(labels(await search("secondaryAdmin", "falcon"), "project")).toEqual([]);
    expect(labels(await search("hubMember", "falcon"), "project")).toEqual([]);
  });

  it("LP-6 HB-9 a hub administrator finds the hub's Secret project; a Secret project's member finds it", async () => {
    expect(labels(await search("hubAdmin", "falcon"), "project")).toEqual([DEMO_PROJECTS.falcon]);
    // Leo administers the bystander hub (HB-9); Nina is a Hub Member there and a member of Project Heron (LP-6).
    expect(labels(await search("hubMember", "heron"), "project")).toEqual(["Project Heron"]);
    expect(labels(await search("hubAdmin", "heron"), "project")).toEqual(["Project Heron"]);
  });

  it("FP-2 LP-2 LP-3 a Project Contributor finds only the projects they belong to, never an Open one", async () => {
    expect(labels(await search("projectContributor", "gearbox"), "project")).toEqual([DEMO_PROJECTS.gearbox]);
    expect(labels(await search("projectContributor", "conveyor"), "project")).toEqual([]);
    expect(labels(await search("projectContributor", "plant"), "project")).toEqual([]);
  });

  it("FP-4 LP-5 a Hub Member finds folder-level, Open and Closed projects by a word's start", async () => {
    const found = labels(await search("secondaryAdmin", "l"), "project");
    expect(found).toContain(DEMO_PROJECTS.conveyor); // "Conveyor Line 4"
    expect(found).toContain(DEMO_PROJECTS.plantLayout);
    expect(found).toContain(DEMO_PROJECTS.spareParts); // "… Library"
  });

  it("HB-8 a deactivated member finds neither the hub nor its projects, and still finds those of a hub where they are active", async () => {
    const rows = await search("deactivatedMember", "northwind product");
    expect(labels(rows, "hub")).toEqual([]);
    expect(labels(await search("deactivatedMember", "gearbox"), "project")).toEqual([]);
    expect(labels(await search("deactivatedMember", "harbour"), "project")).toEqual(["Harbour Survey"]);
  });
});

describe("search everywhere: people follow their lists' scopes", () => {
  it("CL-8 a software coordinator finds only their contract's classic users", async () => {
    // Aisha coordinates the first classic contract (Peter Hall is one of its users), not the second (Marta Nowak).
    expect(labels(await search("softwareCoordinator", "peter"), "person")).toEqual(["Peter Hall"]);
    expect(labels(await search("softwareCoordinator", "marta"), "person")).toEqual([]);
    expect(labels(await search("softwareCoordinator", "george"), "person")).toEqual([]);
  });

  it("CL-3 a contract manager finds the classic users of the contracts they manage, not another manager's", async () => {
    expect(labels(await search("contractManager", "marta"), "person")).toEqual(["Marta Nowak"]);
    expect(labels(await search("contractManager", "george"), "person")).toEqual([]);
    const hit = (await search("contractManager", "marta")).find((r) => r.kind === "person")!;
    expect(hit.href).toMatch(new RegExp(`^/accounts/${w.world.accountIds.hybrid}/people/[0-9a-f-]{36}$`));
  });

  it("UM-7 a secondary admin of account A finds nobody of account B, and no classic-only user of A", async () => {
    // Marcus: secondary admin of Northwind. Quinn is only in the bystander account; Ben Carter only in Contoso.
    expect(labels(await search("secondaryAdmin", "quinn"), "person")).toEqual([]);
    expect(labels(await search("secondaryAdmin", "ben"), "person")).toEqual([]);
    expect(labels(await search("secondaryAdmin", "peter"), "person")).toEqual([]);
    const tom = (await search("secondaryAdmin", "tom")).filter((r) => r.kind === "person");
    expect(tom.map((r) => r.label)).toEqual(["Tom Fischer"]);
    expect(tom[0]!.href).toBe(`/accounts/${w.world.accountIds.hybrid}/users/${w.pid("namedUser")}`);
  });

  it("UM-7 the primary admin finds the account's named users and, read-only, its classic users", async () => {
    expect(labels(await search("primaryAdmin", "tom"), "person")).toContain("Tom Fischer");
    expect(labels(await search("primaryAdmin", "peter"), "person")).toEqual(["Peter Hall"]);
    expect(labels(await search("primaryAdmin", "george"), "person")).toEqual(["George Adeyemi"]);
  });

  it("UM-7 people are found by the start of their email as well as of a name", async () => {
    expect(labels(await search("primaryAdmin", "tom.fisch"), "person")).toContain("Tom Fischer");
    expect(labels(await search("primaryAdmin", "fischer"), "person")).toContain("Tom Fischer");
    expect(labels(await search("primaryAdmin", "ischer"), "person")).toEqual([]);
  });

  it("HB-3 a hub administrator finds the hub's members; a Project Contributor finds none", async () => {
    const zoe = (await search("hubAdmin", "zoe")).filter((r) => r.kind === "person");
    expect(zoe.map((r) => r.label)).toContain("Zoe Adams");
    // Nina administers both demo hubs Zoe is in: the one result links to one of them (the first by id).
    const [service] = await w.db.select({ id: hubs.id }).from(hubs).where(eq(hubs.name, demoServiceHubName));
    const hubIds = [w.world.hubId, service!.id];
    const href = zoe.find((r) => r.label === "Zoe Adams")!.href;
    expect(hubIds.map((id) => `/hubs/${id}/members?q=${encodeURIComponent(personas.projectContributor.email)}`)).toContain(href);
    expect(labels(await search("projectContributor", "leo"), "person")).toEqual([]);
  });
});

describe("search everywhere: contracts, hubs and pages", () => {
  it("UM-7 CL-3 CL-8 a contract is found by its number exactly when the policy lets the person see it", async () => {
    const all = await w.db.select({ id: contracts.id, number: contracts.number }).from(contracts);
    const who: PersonaKey[] = ["primaryAdmin", "secondaryAdmin", "contractManager", "softwareCoordinator", "classicUser", "otherAccountAdmin"];
    for (const p of who) {
      for (const c of all) {
        const facts = await loadContractFacts(w.db, w.pid(p), c.id);
        const may = facts ? decide(facts.actor, "contracts.view", facts.resource).allowed : false;
        const found = (await search(p, c.number)).some((r) => r.kind === "contract" && r.id.endsWith(c.id));
        expect(found, `${p} and contract ${c.number}`).toBe(may);
      }
    }
  });

  it("HB-9 a person finds the hubs they belong to, never another hub", async () => {
    expect(labels(await search("projectContributor", "quietwater"), "hub")).toEqual([]);
    expect(labels(await search("hubMember", "quietwater"), "hub")).toEqual([BYSTANDER.hub]);
    expect(labels(await search("hubMember", "studio"), "hub")).toEqual([BYSTANDER.hub]);
  });

  it("HY-1 UM-7 HB-3 pages are offered as the navigation offers them", async () => {
    const priya = await search("primaryAdmin", "by user");
    expect(priya.filter((r) => r.kind === "page").map((r) => r.href)).toContain(`/accounts/${w.world.accountIds.hybrid}/users`);
    expect(labels(await search("contractManager", "by user"), "page")).toEqual([]);
    expect(labels(await search("hubAdmin", "members"), "page")).toContain("Hub members");
    expect(labels(await search("hubMember", "members"), "page")).toEqual(["Hub members"]); // the bystander hub's, which Leo administers
    expect(labels(await search("projectContributor", "members"), "page")).toEqual([]);
  });
});

describe("search everywhere: the search text", () => {
  it("the search text is trimmed, 1 to 100 characters, with no control character (a NUL is refused, not run)", async () => {
    for (const q of ["", "   ", "a\u0000b", "x".repeat(101)]) {
      const result = await searchEverything(w.db, w.pid("primaryAdmin"), { q });
      expect(result.ok, JSON.stringify(q)).toBe(false);
      if (!result.ok) expect(result.code).toBe("invalid");
    }
    expect((await searchEverything(w.db, w.pid("primaryAdmin"), { q: 7 })).ok).toBe(false);
  });

  it("LIKE's wildcards are searched for as themselves", async () => {
    expect(await search("primaryAdmin", "%")).toEqual([]);
    expect(await search("primaryAdmin", "_")).toEqual([]);
    expect(await search("primaryAdmin", "\\")).toEqual([]);
  });

  it("at most six results of each kind, whatever the letter", async () => {
    let full = 0;
    for (const letter of "abcdefghijklmnopqrstuvwxyz") {
      const rows = await search("primaryAdmin", letter);
      for (const kind of ["page", "person", "contract", "hub", "project"] as const) expect(rows.filter((r) => r.kind === kind).length, `${letter}: ${kind}`).toBeLessThanOrEqual(6);
      if (rows.filter((r) => r.kind === "person").length === 6) full++;
    }
    expect(full, "letters whose people fill the group").toBeGreaterThan(0);
  });
});
