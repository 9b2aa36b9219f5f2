import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditEvents, classicAssignments, classicUsers, contractProducts, contracts, namedUsers, people } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { PersonaKey } from "@/lib/demo/personas";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addClassicUser } from "./add-classic-user";
import { addClassicUsers, parsePastedList } from "./add-classic-users";
import { assignClassicProductToUsers } from "./assign-classic-product";
import { removeClassicUsers } from "./remove-classic-users";
import { unassignClassicProductFromUsers } from "./unassign-classic-product";

let w: DemoTestWorld;
let hybrid: string;
let withSc: string; // Daniel manages, Aisha coordinates
let noSc: string; // Daniel manages
let hannahs: string; // Hannah manages
let n = 0;
const email = (tag: string) => `${tag.toLowerCase()}.${Date.now()}.${n++}@example.test`;
const ref = (contractId: string, accountId = hybrid) => ({ accountId, contractId });
const classicCount = async (contractId: string) => (await w.db.select({ n: count() }).from(classicUsers).where(eq(classicUsers.contractId, contractId)))[0]!.n;
const namedCount = async () => (await w.db.select({ n: count() }).from(namedUsers).where(eq(namedUsers.accountId, hybrid)))[0]!.n;
const personByEmail = async (e: string) => (await w.db.select({ id: people.id }).from(people).where(eq(people.email, e)))[0]?.id;

beforeAll(async () => {
  w = await createDemoWorldDb("classic_users");
  hybrid = w.world.accountIds.hybrid;
  const rows = await w.db
    .select({ id: contracts.id, cm: contracts.contractManagerId, sc: contracts.softwareCoordinatorId })
    .from(contracts)
    .where(and(eq(contracts.accountId, hybrid), eq(contracts.management, "classic")));
  withSc = rows.find((r) => r.sc === w.pid("softwareCoordinator"))!.id;
  noSc = rows.find((r) => r.cm === w.pid("contractManager") && r.sc === null)!.id;
  hannahs = rows.find((r) => r.cm === w.pid("contractManager2"))!.id;
});
afterAll(async () => {
  await w?.drop();
});

describe("add and remove classic users", () => {
  for (const [as, contract] of [
    ["contractManager", () => noSc],
    ["softwareCoordinator", () => withSc],
  ] as const) {
    it(`CL-3 CL-8 HY-2 AU-1 the ${as} adds a new person as a classic user and removes them; User Management is untouched`, async () => {
      const contractId = contract();
      const [before, namedBefore] = [await classicCount(contractId), await namedCount()];
      const e = email(as);
      const added = await execute(w.db, w.actor(as), addClassicUser, { ...ref(contractId), email: e.toUpperCase(), firstName: "Ada", lastName: "Byron" });
      expect(added).toMatchObject({ ok: true, data: { personCreated: true } });
      if (!added.ok) return;
      expect(await classicCount(contractId)).toBe(before + 1);
      expect(await namedCount()).toBe(namedBefore);
      const [event] = await w.db.select({ sideEffects: auditEvents.sideEffects, contractId: auditEvents.contractId }).from(auditEvents).where(and(eq(auditEvents.action, "classic_user.added"), eq(auditEvents.targetId, added.data.personId)));
      expect(event).toMatchObject({ contractId, sideEffects: [{ rule: "HY-2" }] });

      const again = await execute(w.db, w.actor(as), addClassicUser, { ...ref(contractId), email: e });
      expect(again).toMatchObject({ ok: false, code: "conflict" });

      const removed = await execute(w.db, w.actor(as), removeClassicUsers, { ...ref(contractId), personIds: [added.data.personId] });
      expect(removed).toMatchObject({ ok: true, data: { removed: 1 } });
      expect(await classicCount(contractId)).toBe(before);
      expect(await namedCount()).toBe(namedBefore);
    });
  }

  it("HY-2 adding an existing named user as a classic user changes nothing in User Management, and removing them keeps their named user", async () => {
    const tom = w.pid("namedUser");
    const namedBefore = await namedCount();
    const added = await execute(w.db, w.actor("contractManager"), addClassicUser, { ...ref(noSc), email: "tom.fischer@northwind.example", firstName: "Not", lastName: "Renamed" });
    expect(added).toMatchObject({ ok: true, data: { personId: tom, personCreated: false } });
    const [tomRow] = await w.db.select({ first: people.firstName }).from(people).where(eq(people.id, tom));
    expect(tomRow!.first).toBe("Tom");
    expect(await execute(w.db, w.actor("contractManager"), removeClassicUsers, { ...ref(noSc), personIds: [tom] })).toMatchObject({ ok: true });
    expect(await namedCount()).toBe(namedBefore);
    const [still] = await w.db.select({ n: count() }).from(namedUsers).where(and(eq(namedUsers.accountId, hybrid), eq(namedUsers.personId, tom)));
    expect(still!.n).toBe(1);
  });

  it("CL-3 HY-2 a pasted list adds each valid address and gives every entry its own result", async () => {
    const [a, b] = [email("paste"), email("paste")];
    const list = `${a}\nnot-an-address; Omar <omar.haddad@northwind.example>, ${b} ${a.toUpperCase()}`;
    const result = await execute(w.db, w.actor("contractManager"), addClassicUsers, { ...ref(noSc), list });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.results.map((r) => r.outcome)).toEqual(["added", "invalid", "already", "added", "duplicate"]);
    expect(result.data.added).toBe(2);
    expect(await personByEmail(a)).toBeDefined();
  });

  it("CL-3 a pasted list with no address at all is invalid input with a field message", async () => {
    const result = await execute(w.db, w.actor("contractManager"), addClassicUsers, { ...ref(noSc), list: " \n ; " });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { list: [expect.any(String)] } });
    const bad = await execute(w.db, w.actor("contractManager"), addClassicUser, { ...ref(noSc), email: "nope" });
    expect(bad).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: [expect.any(String)] } });
  });

  it("CL-3 parsePastedList reads new lines, commas, semicolons, spaces and Name <address>", () => {
    expect(parsePastedList("a@x.io, b@x.io;c@x.io\n\nName Here <d@x.io>  e@x.io").map((e) => e.email)).toEqual(["a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io"]);
  });

  const refusals: [PersonaKey, () => string, string, string | undefined][] = [
    ["primaryAdmin", () => noSc, "denied", "UM-7"],
    ["softwareCoordinator", () => noSc, "not_found", undefined],
    ["softwareCoordinator", () => hannahs, "not_found", undefined],
    ["contractManager", () => hannahs, "not_found", undefined],
    ["secondaryAdmin", () => noSc, "not_found", undefined],
    ["namedUser", () => noSc, "not_found", undefined],
    ["otherAccountAdmin", () => noSc, "not_found", undefined],
  ];
  for (const [as, contract, code, rule] of refusals) {
    it(`${rule ?? (as === "softwareCoordinator" ? "CL-8" : "UM-7")} the ${as} cannot add or remove classic users on a contract not theirs (${code})`, async () => {
      const before = await classicCount(contract());
      const added = await execute(w.db, w.actor(as), addClassicUser, { ...ref(contract()), email: email("refused") });
      expect(added).toMatchObject({ ok: false, code, ...(rule ? { rule } : {}) });
      const omar = w.pid("classicUser");
      const removed = await execute(w.db, w.actor(as), removeClassicUsers, { ...ref(contract()), personIds: [omar] });
      expect(removed).toMatchObject({ ok: false, code });
      expect(await classicCount(contract())).toBe(before);
    });
  }

  it("UM-7 CL-8 a contract named under another account's URL is not found, even to its manager", async () => {
    const result = await execute(w.db, w.actor("contractManager"), addClassicUser, { ...ref(noSc, w.world.accountIds.classicOnly), email: email("x") });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });

  it("CL-3 removing a list with one person who is not a classic user removes nobody (nothing half-applied)", async () => {
    const before = await classicCount(noSc);
    const result = await execute(w.db, w.actor("contractManager"), removeClassicUsers, { ...ref(noSc), personIds: [w.pid("classicUser"), w.pid("primaryAdmin")] });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await classicCount(noSc)).toBe(before);
  });
});

describe("assign and unassign a contract's products", () => {
  const seatsOf = async (contractId: string, productId: string) =>
    (await w.db.select({ seats: contractProducts.seats, assigned: contractProducts.assigned }).from(contractProducts).where(and(eq(contractProducts.contractId, contractId), eq(contractProducts.productId, productId))))[0]!;
  async function newClassicUsers(contractId: string, k: number, as: PersonaKey = "contractManager") {
    const emails = Array.from({ length: k }, () => email("seat"));
    const r = await execute(w.db, w.actor(as), addClassicUsers, { ...ref(contractId), list: emails.join("\n") });
    if (!r.ok) throw new Error(r.message);
    return Promise.all(emails.map(async (e) => (await personByEmail(e))!));
  }

  it("CL-3 CL-12 AU-1 the contract manager assigns a product to many selected users and unassigns it; counters follow", async () => {
    const acd = await w.productId("ACD");
    const [a, b] = await newClassicUsers(hannahs, 2, "contractManager2");
    const before = await seatsOf(hannahs, acd);
    const result = await execute(w.db, w.actor("contractManager2"), assignClassicProductToUsers, { ...ref(hannahs), productId: acd, personIds: [a!, b!] });
    if (before.seats - before.assigned >= 2) {
      expect(result).toMatchObject({ ok: true, data: { assigned: 2 } });
      expect((await seatsOf(hannahs, acd)).assigned).toBe(before.assigned + 2);
      const events = await w.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, "classic_user.product_assigned"), eq(auditEvents.contractId, hannahs)));
      expect(events[0]!.n).toBeGreaterThanOrEqual(2);
      const un = await execute(w.db, w.actor("contractManager2"), unassignClassicProductFromUsers, { ...ref(hannahs), productId: acd, personIds: [a!, b!] });
      expect(un).toMatchObject({ ok: true, data: { unassigned: 2 } });
      expect((await seatsOf(hannahs, acd)).assigned).toBe(before.assigned);
    } else {
      expect(result).toMatchObject({ ok: false, rule: "CL-12" });
    }
  });

  it("CL-12 assigning more users than the seats left assigns nobody, and the refusal names CL-12", async () => {
    const navis = await w.productId("NAVIS");
    const s = await seatsOf(noSc, navis);
    const ids = await newClassicUsers(noSc, s.seats - s.assigned + 1);
    const result = await execute(w.db, w.actor("contractManager"), assignClassicProductToUsers, { ...ref(noSc), productId: navis, personIds: ids });
    expect(result).toMatchObject({ ok: false, code: "conflict", rule: "CL-12" });
    expect((await seatsOf(noSc, navis)).assigned).toBe(s.assigned);
  });

  it("CL-8 the software coordinator assigns and unassigns their contract's product; a product of another contract is not found", async () => {
    const civil = await w.productId("CIVIL3D");
    const [p] = await newClassicUsers(withSc, 1, "softwareCoordinator");
    const s = await seatsOf(withSc, civil);
    const r = await execute(w.db, w.actor("softwareCoordinator"), assignClassicProductToUsers, { ...ref(withSc), productId: civil, personIds: [p!] });
    expect(r.ok).toBe(s.assigned < s.seats);
    if (r.ok) expect(await execute(w.db, w.actor("softwareCoordinator"), unassignClassicProductFromUsers, { ...ref(withSc), productId: civil, personIds: [p!] })).toMatchObject({ ok: true });
    const navis = await w.productId("NAVIS");
    expect(await execute(w.db, w.actor("softwareCoordinator"), assignClassicProductToUsers, { ...ref(withSc), productId: navis, personIds: [p!] })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("CL-8 UM-7 the coordinator cannot assign on a contract they do not coordinate (not found); the primary admin is read-only (UM-7)", async () => {
    const max = await w.productId("3DSMAX");
    const omar = w.pid("classicUser");
    expect(await execute(w.db, w.actor("softwareCoordinator"), assignClassicProductToUsers, { ...ref(noSc), productId: max, personIds: [omar] })).toMatchObject({ ok: false, code: "not_found" });
    expect(await execute(w.db, w.actor("primaryAdmin"), unassignClassicProductFromUsers, { ...ref(noSc), productId: max, personIds: [omar] })).toMatchObject({ ok: false, code: "denied", rule: "UM-7" });
  });

  it("CL-3 assigning to someone who is not a classic user of the contract is not found and assigns nobody", async () => {
    const acd = await w.productId("ACD");
    const before = await seatsOf(withSc, acd);
    const result = await execute(w.db, w.actor("contractManager"), assignClassicProductToUsers, { ...ref(withSc), productId: acd, personIds: [w.pid("primaryAdmin")] });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await seatsOf(withSc, acd)).toEqual(before);
  });

  it("CL-12 many parallel assignments of the last seat: exactly one wins, the others are refused with CL-12", async () => {
    const rvt = await w.productId("RVT");
    const s = await seatsOf(hannahs, rvt);
    // Fill all seats but one, then race 12 different users for it.
    const holders = await w.db.select({ p: classicAssignments.personId }).from(classicAssignments).where(and(eq(classicAssignments.contractId, hannahs), eq(classicAssignments.productId, rvt)));
    expect(holders.length).toBe(s.assigned);
    if (s.seats - s.assigned > 1) {
      const fill = await newClassicUsers(hannahs, s.seats - s.assigned - 1, "contractManager2");
      expect(await execute(w.db, w.actor("contractManager2"), assignClassicProductToUsers, { ...ref(hannahs), productId: rvt, personIds: fill })).toMatchObject({ ok: true });
    }
    if (s.seats === s.assigned) {
      const [one] = await w.db.select({ p: classicAssignments.personId }).from(classicAssignments).where(and(eq(classicAssignments.contractId, hannahs), eq(classicAssignments.productId, rvt))).limit(1);
      await execute(w.db, w.actor("contractManager2"), unassignClassicProductFromUsers, { ...ref(hannahs), productId: rvt, personIds: [one!.p] });
    }
    expect(await seatsOf(hannahs, rvt)).toEqual({ seats: s.seats, assigned: s.seats - 1 });
    const racers = await newClassicUsers(hannahs, 12, "contractManager2");
    const results = await Promise.all(racers.map((p) => execute(w.db, w.actor("contractManager2"), assignClassicProductToUsers, { ...ref(hannahs), productId: rvt, personIds: [p] })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, code: "conflict", rule: "CL-12" });
    expect(await seatsOf(hannahs, rvt)).toEqual({ seats: s.seats, assigned: s.seats });
    const real = await w.db.select({ n: count() }).from(classicAssignments).where(and(eq(classicAssignments.contractId, hannahs), eq(classicAssignments.productId, rvt)));
    expect(real[0]!.n).toBe(s.seats);
  });
});

