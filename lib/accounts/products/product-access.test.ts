import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { namedAssignments, namedUsers, products } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { listProductUsers, productUserListQuery } from "./list-product-users";
import { openProduct } from "./open-product";
import { searchProductCandidates } from "./search-product-candidates";

let w: DemoTestWorld;
let hybrid: string;
const productId = async (code: string) => (await w.db.select({ id: products.id }).from(products).where(eq(products.code, code)))[0]!.id;

beforeAll(async () => {
  w = await createDemoWorldDb("productpage");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

describe("a product's By Product page and its candidates", () => {
  it("UM-7 another account's admin gets not found for the product page and for the candidates", async () => {
    const acd = await productId("ACD");
    const other = w.pid("otherAccountAdmin");
    expect(await openProduct(w.db, other, hybrid, acd)).toMatchObject({ ok: false, code: "not_found" });
    expect(await searchProductCandidates(w.db, other, { accountId: hybrid, productId: acd, q: "" })).toMatchObject({ ok: false, code: "not_found" });
    // …while the same product on their own account opens.
    expect(await openProduct(w.db, other, w.world.accountIds.namedOnly, acd)).toMatchObject({ ok: true, data: { seats: { code: "ACD", total: 5 } } });
  });

  it("HY-1 a classic-only account has no By Product: its product pages and candidates are not found", async () => {
    const acd = await productId("ACD");
    const fabrikam = w.world.accountIds.classicOnly;
    const victor = w.pid("classicOnlyManager");
    expect(await openProduct(w.db, victor, fabrikam, acd)).toMatchObject({ ok: false, code: "not_found" });
    expect(await searchProductCandidates(w.db, victor, { accountId: fabrikam, productId: acd })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("HY-1 a product the account has no named contract for is not found, even to the primary admin", async () => {
    const civil = await productId("CIVIL3D");
    expect(await openProduct(w.db, w.pid("primaryAdmin"), hybrid, civil)).toMatchObject({ ok: false, code: "not_found" });
    expect(await searchProductCandidates(w.db, w.pid("primaryAdmin"), { accountId: hybrid, productId: civil })).toMatchObject({ ok: false, code: "not_found" });
    // Garbage ids are not found either, never an error.
    expect(await searchProductCandidates(w.db, w.pid("primaryAdmin"), { accountId: "nope", productId: civil })).toMatchObject({ ok: false, code: "not_found" });
    expect(await searchProductCandidates(w.db, w.pid("primaryAdmin"), { accountId: hybrid, productId: civil, q: "x".repeat(201) })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("UM-5 UM-7 the admins open a product with its seats and may manage it; the named user and the SSO admin are refused with the rule", async () => {
    const rvt = await productId("RVT");
    for (const admin of ["primaryAdmin", "secondaryAdmin"] as const) {
      const opened = await openProduct(w.db, w.pid(admin), hybrid, rvt);
      expect(opened).toMatchObject({ ok: true, data: { seats: { code: "RVT", total: 10, assigned: 10, available: 0 }, manage: { allowed: true, rule: "UM-5" } } });
    }
    expect(await openProduct(w.db, w.pid("namedUser"), hybrid, rvt)).toMatchObject({ ok: false, code: "denied", rule: "UM-7" });
    expect(await searchProductCandidates(w.db, w.pid("namedUser"), { accountId: hybrid, productId: rvt })).toMatchObject({ ok: false, code: "denied", rule: "UM-5" });
    expect(await searchProductCandidates(w.db, w.pid("ssoAdmin"), { accountId: hybrid, productId: rvt })).toMatchObject({ ok: false, code: "denied", rule: "HB-1" });
    expect(await searchProductCandidates(w.db, w.pid("contractManager"), { accountId: hybrid, productId: rvt })).toMatchObject({ ok: false, code: "denied", rule: "HY-3" });
  });

  it("UM-5 the candidates are the account's named users without the product, searchable by name and email", async () => {
    const inv = await productId("INV");
    const result = await searchProductCandidates(w.db, w.pid("secondaryAdmin"), { accountId: hybrid, productId: inv, limit: 50 });
    if (!result.ok) throw new Error(result.message);
    const holders = new Set(
      (await w.db.select({ p: namedAssignments.personId }).from(namedAssignments).where(and(eq(namedAssignments.accountId, hybrid), eq(namedAssignments.productId, inv)))).map((r) => r.p),
    );
    const members = new Set((await w.db.select({ p: namedUsers.personId }).from(namedUsers).where(eq(namedUsers.accountId, hybrid))).map((r) => r.p));
    expect(result.data.candidates.length).toBeGreaterThan(5);
    for (const c of result.data.candidates) expect({ c: c.personId, holds: holders.has(c.personId), member: members.has(c.personId) }).toEqual({ c: c.personId, holds: false, member: true });
    // The secondary admin holds ACD and RVT, not Inventor: findable by name and by email.
    const byName = await searchProductCandidates(w.db, w.pid("primaryAdmin"), { accountId: hybrid, productId: inv, q: "marcus" });
    const byEmail = await searchProductCandidates(w.db, w.pid("primaryAdmin"), { accountId: hybrid, productId: inv, q: "marcus.chen@" });
    expect(byName.ok && byName.data.candidates.map((c) => c.personId)).toEqual([w.pid("secondaryAdmin")]);
    expect(byEmail.ok && byEmail.data.candidates.map((c) => c.personId)).toEqual([w.pid("secondaryAdmin")]);
    // Tom holds Inventor: never a candidate for it.
    const tom = await searchProductCandidates(w.db, w.pid("primaryAdmin"), { accountId: hybrid, productId: inv, q: "tom.fischer" });
    expect(tom.ok && tom.data.candidates).toEqual([]);
  });

  it("UM-7 the assigned users are exactly the account's holders, in keyset pages with no gaps or duplicates, and searchable", async () => {
    const acd = await productId("ACD");
    const expected = (await w.db.select({ p: namedAssignments.personId }).from(namedAssignments).where(and(eq(namedAssignments.accountId, hybrid), eq(namedAssignments.productId, acd)))).map((r) => r.p);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listProductUsers(w.db, hybrid, acd, productUserListQuery.parse({ after, limit: 7 }));
      seen.push(...page.rows.map((r) => r.personId));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toHaveLength(expected.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    const found = await listProductUsers(w.db, hybrid, acd, productUserListQuery.parse({ q: "priya.raman" }));
    expect(found.rows.map((r) => [r.personId, r.adminRole])).toEqual([[w.pid("primaryAdmin"), "primary"]]);
    // Contoso's AutoCAD holders never show on Northwind's page.
    const contoso = await listProductUsers(w.db, hybrid, acd, productUserListQuery.parse({ q: "contoso" }));
    expect(contoso.rows).toEqual([]);
  });
});
