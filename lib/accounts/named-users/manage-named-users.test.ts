import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray } from "drizzle-orm";
import { accountAdmins, auditEvents, classicUsers, contracts, namedAssignments, namedUsers, outboxEmails, people, products } from "@/db/schema";
import type { PersonaKey } from "@/lib/demo/personas";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { lockNamedSeats } from "@/lib/seats/named-seats";
import { addNamedUser } from "./add-named-user";
import { bulkChangeNamedUsers } from "./bulk-change-named-users";
import { editNamedUser } from "./edit-named-user";
import { removeNamedUser } from "./remove-named-user";

let w: DemoTestWorld;
let hybrid: string;
let n = 0;
const email = (tag: string) => `${tag.toLowerCase()}.${Date.now()}.${n++}@example.test`;
const productId = async (code: string) => (await w.db.select({ id: products.id }).from(products).where(eq(products.code, code)))[0]!.id;
const audits = async (action: string, targetId?: string) =>
  (await w.db.select({ n: count() }).from(auditEvents).where(targetId ? and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)) : eq(auditEvents.action, action)))[0]!.n;
const outboxTo = async (to: string) => w.db.select({ kind: outboxEmails.kind, text: outboxEmails.text }).from(outboxEmails).where(eq(outboxEmails.to, to));
const isNamedUser = async (accountId: string, personId: string) =>
  (await w.db.select({ n: count() }).from(namedUsers).where(and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, personId))))[0]!.n === 1;

async function add(as: PersonaKey, extra: Record<string, unknown> = {}, accountId = hybrid) {
  const e = email(as);
  const result = await execute(w.db, w.actor(as), addNamedUser, { accountId, email: e.toUpperCase(), firstName: "Ada", lastName: "Byron", ...extra });
  return { e, result };
}

beforeAll(async () => {
  w = await createDemoWorldDb("manage_users");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

describe("add, edit and remove a named user", () => {
  for (const as of ["primaryAdmin", "secondaryAdmin"] as const) {
    it(`UM-5 AU-1 EM-1 the ${as} adds a named user with a product, edits and removes them`, async () => {
      const acd = await productId("ACD");
      const { e, result } = await add(as, { productIds: [acd] });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { personId } = result.data;
      const [person] = await w.db.select({ email: people.email, name: people.name }).from(people).where(eq(people.id, personId));
      expect(person).toEqual({ email: e, name: "Ada Byron" });
      const [row] = await w.db.select({ status: namedUsers.status }).from(namedUsers).where(and(eq(namedUsers.accountId, hybrid), eq(namedUsers.personId, personId)));
      expect(row?.status).toBe("invited");
      const held = await w.db.select({ p: namedAssignments.productId }).from(namedAssignments).where(eq(namedAssignments.personId, personId));
      expect(held.map((h) => h.p)).toEqual([acd]);
      const mail = await outboxTo(e);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.kind).toBe("named-user-invitation");
      expect(mail[0]!.text).toContain("http://localhost:3000/sign-in");
      expect(await audits("named_user.added", personId)).toBe(1);

      const edited = await execute(w.db, w.actor(as), editNamedUser, { accountId: hybrid, personId, firstName: "Augusta", lastName: "King" });
      expect(edited.ok).toBe(true);
      expect((await w.db.select({ name: people.name }).from(people).where(eq(people.id, personId)))[0]?.name).toBe("Augusta King");
      expect(await audits("named_user.edited", personId)).toBe(1);

      const removed = await execute(w.db, w.actor(as), removeNamedUser, { accountId: hybrid, personId });
      expect(removed.ok).toBe(true);
      expect(await isNamedUser(hybrid, personId)).toBe(false);
      expect(await w.db.select().from(namedAssignments).where(eq(namedAssignments.personId, personId))).toEqual([]);
      expect(await audits("named_user.removed", personId)).toBe(1);
    });
  }

  for (const [as, rule] of [
    ["ssoAdmin", "HB-1"],
    ["namedUser", "UM-5"],
    ["contractManager", "HY-3"],
  ] as const) {
    it(`UM-5 ${rule} the ${as} may not add, edit or remove named users`, async () => {
      const { result } = await add(as);
      expect(result).toMatchObject({ ok: false, code: "denied", rule });
      const target = w.pid("namedUser");
      const edit = await execute(w.db, w.actor(as), editNamedUser, { accountId: hybrid, personId: target, firstName: "X", lastName: "Y" });
      expect(edit).toMatchObject({ ok: false, code: "denied", rule });
      const remove = await execute(w.db, w.actor(as), removeNamedUser, { accountId: hybrid, personId: target });
      expect(remove).toMatchObject({ ok: false, code: "denied", rule });
      expect(await isNamedUser(hybrid, target)).toBe(true);
    });
  }

  it("UM-7 another account's admin gets not found, and nothing is added", async () => {
    const { e, result } = await add("otherAccountAdmin");
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await w.db.select().from(people).where(eq(people.email, e))).toEqual([]);
    const remove = await execute(w.db, w.actor("otherAccountAdmin"), removeNamedUser, { accountId: hybrid, personId: w.pid("namedUser") });
    expect(remove).toMatchObject({ ok: false, code: "not_found" });
  });

  it("HY-2 adding a named user adds no classic user, and removing one leaves their classic access untouched", async () => {
    const classicBefore = (await w.db.select({ n: count() }).from(classicUsers))[0]!.n;
    const { result } = await add("primaryAdmin");
    expect(result.ok).toBe(true);
    expect((await w.db.select({ n: count() }).from(classicUsers))[0]!.n).toBe(classicBefore);
    // Olivia is both a named user and a classic user in the demo world.
    const [olivia] = await w.db.select({ id: people.id }).from(people).where(eq(people.email, "olivia.brennan@northwind.example"));
    const classicRows = await w.db.select().from(classicUsers).where(eq(classicUsers.personId, olivia!.id));
    expect(classicRows.length).toBeGreaterThan(0);
    expect((await execute(w.db, w.actor("primaryAdmin"), removeNamedUser, { accountId: hybrid, personId: olivia!.id })).ok).toBe(true);
    expect(await w.db.select().from(classicUsers).where(eq(classicUsers.personId, olivia!.id))).toEqual(classicRows);
  });

  it("UM-5 an email that is already a named user of the account is refused as a conflict", async () => {
    const result = await execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: hybrid, email: "Tom.Fischer@northwind.example", firstName: "Tom", lastName: "Fischer" });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
  });

  it("UM-9 EM-1 AU-1 adding with a product that has no seat left is refused whole: no person, no user, no email, no event", async () => {
    const rvt = await productId("RVT");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, rvt));
    expect(seats.assigned).toBe(seats.total);
    const before = await audits("named_user.added");
    const { e, result } = await add("primaryAdmin", { productIds: [await productId("ACD"), rvt] });
    expect(result).toMatchObject({ ok: false, code: "conflict", rule: "UM-9" });
    if (!result.ok) expect(result.message).toContain("Revit");
    expect(await w.db.select().from(people).where(eq(people.email, e))).toEqual([]);
    expect(await outboxTo(e)).toEqual([]);
    expect(await audits("named_user.added")).toBe(before);
  });

  it("UM-10 the primary admin cannot be removed", async () => {
    const result = await execute(w.db, w.actor("secondaryAdmin"), removeNamedUser, { accountId: hybrid, personId: w.pid("primaryAdmin") });
    expect(result).toMatchObject({ ok: false, code: "denied", rule: "UM-10" });
    expect(await isNamedUser(hybrid, w.pid("primaryAdmin"))).toBe(true);
  });

  it("UM-10 AU-1 removing a secondary admin removes their assignments and admin role, recorded as side effects", async () => {
    const target = w.pid("secondaryAdmin2");
    expect(await w.db.select().from(namedAssignments).where(eq(namedAssignments.personId, target))).not.toEqual([]);
    const result = await execute(w.db, w.actor("primaryAdmin"), removeNamedUser, { accountId: hybrid, personId: target });
    expect(result.ok).toBe(true);
    expect(await w.db.select().from(namedAssignments).where(eq(namedAssignments.personId, target))).toEqual([]);
    expect(await w.db.select().from(accountAdmins).where(eq(accountAdmins.personId, target))).toEqual([]);
    const [event] = await w.db.select({ sideEffects: auditEvents.sideEffects }).from(auditEvents).where(and(eq(auditEvents.action, "named_user.removed"), eq(auditEvents.targetId, target)));
    expect(event?.sideEffects.map((s) => s.rule)).toEqual(["UM-10", "UM-10"]);
    expect(event?.sideEffects[1]?.effect).toBe("Secondary admin role removed");
  });
});

describe("bulk changes", () => {
  async function freshUsers(k: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < k; i++) {
      const { result } = await add("primaryAdmin");
      if (!result.ok) throw new Error(result.message);
      ids.push(result.data.personId);
    }
    return ids;
  }

  it("UM-10 AU-1 a bulk removal refuses the primary admin with its rule and removes the rest, one event each", async () => {
    const ids = await freshUsers(2);
    const result = await execute(w.db, w.actor("secondaryAdmin"), bulkChangeNamedUsers, { accountId: hybrid, personIds: [w.pid("primaryAdmin"), ...ids], change: { kind: "remove" } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.changed.map((c) => c.personId).sort()).toEqual([...ids].sort());
    expect(result.data.refused).toEqual([expect.objectContaining({ personId: w.pid("primaryAdmin"), rule: "UM-10" })]);
    expect(await isNamedUser(hybrid, w.pid("primaryAdmin"))).toBe(true);
    for (const id of ids) {
      expect(await isNamedUser(hybrid, id)).toBe(false);
      expect(await audits("named_user.removed", id)).toBe(1);
    }
  });

  it("UM-9 a bulk assignment past the seats reports who was refused, assigns the rest, and skips holders", async () => {
    const inv = await productId("INV");
    const seats = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, inv));
    const free = seats.total - seats.assigned;
    const ids = await freshUsers(free + 2);
    const holder = w.pid("namedUser"); // Tom holds Inventor in the demo world
    const result = await execute(w.db, w.actor("primaryAdmin"), bulkChangeNamedUsers, { accountId: hybrid, personIds: [holder, ...ids], change: { kind: "assign", productId: inv } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.changed).toHaveLength(free);
    expect(result.data.skipped.map((s) => s.personId)).toEqual([holder]);
    expect(result.data.refused).toHaveLength(2);
    expect(result.data.refused.every((r) => r.rule === "UM-9" && r.reason?.includes("Inventor"))).toBe(true);
    const after = await w.db.transaction((tx) => lockNamedSeats(tx, hybrid, inv));
    expect(after.assigned).toBe(after.total);
    const assignedEvents = await w.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "named_user.product_assigned"), inArray(auditEvents.targetId, ids)));
    expect(assignedEvents[0]!.n).toBe(free);

    const back = await execute(w.db, w.actor("secondaryAdmin"), bulkChangeNamedUsers, { accountId: hybrid, personIds: ids, change: { kind: "unassign", productId: inv } });
    expect(back.ok && back.data.changed.length).toBe(free);
    expect(back.ok && back.data.skipped.length).toBe(2);
  });

  it("UM-5 HY-3 bulk changes are refused to a contract manager, and to another account's admin as not found (UM-7)", async () => {
    const input = { accountId: hybrid, personIds: [w.pid("namedUser")], change: { kind: "remove" } };
    expect(await execute(w.db, w.actor("contractManager"), bulkChangeNamedUsers, input)).toMatchObject({ ok: false, code: "denied", rule: "HY-3" });
    expect(await execute(w.db, w.actor("otherAccountAdmin"), bulkChangeNamedUsers, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await isNamedUser(hybrid, w.pid("namedUser"))).toBe(true);
  });

  it("UM-5 a person who is not a named user of the account is refused in a bulk change", async () => {
    const [cm] = await w.db.select({ id: contracts.contractManagerId }).from(contracts).where(eq(contracts.accountId, w.world.accountIds.classicOnly));
    const result = await execute(w.db, w.actor("primaryAdmin"), bulkChangeNamedUsers, { accountId: hybrid, personIds: [cm!.id], change: { kind: "assign", productId: await productId("ACD") } });
    expect(result.ok && result.data.refused.map((r) => r.rule)).toEqual(["UM-5"]);
  });
});
