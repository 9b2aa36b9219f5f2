import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { hubJoinDomains, hubMembers, people } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHub } from "@/test/support/projects";
import { outcome } from "@/test/support/outcome";
import { joinHub } from "./join-hub";
import { listMyHubs } from "@/lib/permissions/facts";

// HB-3: a join domain opens its own hub only. Each test makes its hubs, domains and people.

let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("joindomain");
  hubId = w.world.hubId;
});
afterAll(async () => {
  await w?.drop();
});

async function personAt(email: string) {
  const [p] = await w.db.insert(people).values({ email, firstName: "Join", name: email.split("@")[0]! }).returning({ id: people.id });
  return { personId: p!.id, email, name: email };
}
const memberOf = async (hub: string, personId: string) => (await w.db.select().from(hubMembers).where(and(eq(hubMembers.hubId, hub), eq(hubMembers.personId, personId)))).length === 1;

describe("HB-3 joining by domain", () => {
  it("HB-3 a domain that is another hub's join domain does not open this hub: that hub is joined, this one is not found", async () => {
    const opened = await addHub(w.db, hubId, "Join edges opened hub", w.pid("hubAdmin"));
    await w.db.insert(hubJoinDomains).values({ hubId: opened, domain: "join-edges.example" });
    const pat = await personAt("pat@join-edges.example");
    expect((await listMyHubs(w.db, pat.personId)).joinable.map((h) => h.hubId)).toEqual([opened]);
    expect(outcome(await execute(w.db, pat, joinHub, { hubId }))).toBe("not_found");
    expect(await memberOf(hubId, pat.personId)).toBe(false);
    expect(await execute(w.db, pat, joinHub, { hubId: opened })).toMatchObject({ ok: true, data: { hubId: opened, joined: true } });
    expect(await memberOf(opened, pat.personId)).toBe(true);
  });

  it("HB-3 a hub that does not exist is not found, whatever the domain", async () => {
    const pat = await personAt("nohub@join-edges-none.example");
    expect(outcome(await execute(w.db, pat, joinHub, { hubId: "00000000-0000-4000-8000-000000000000" }))).toBe("not_found");
  });

  it("HB-3 the domain is the part after the last @, compared whole: a subdomain or a look-alike does not open the hub", async () => {
    const opened = await addHub(w.db, hubId, "Join edges exact hub", w.pid("hubAdmin"));
    await w.db.insert(hubJoinDomains).values({ hubId: opened, domain: "exact-edges.example" });
    for (const email of ["sub@eu.exact-edges.example", "look@exact-edges.example.org", "\"a@exact-edges.example\"@other.example"]) {
      const p = await personAt(email.toLowerCase());
      expect({ email, got: outcome(await execute(w.db, p, joinHub, { hubId: opened })) }).toEqual({ email, got: "not_found" });
    }
    const ok = await personAt("ok@exact-edges.example");
    expect(outcome(await execute(w.db, ok, joinHub, { hubId: opened }))).toBe("allowed");
  });
});
