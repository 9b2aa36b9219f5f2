import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { NAMED_USER_KEY_MISMATCHES } from "@/db/named-user-keys";
import { namedAssignments, namedUsers, people, products } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addNamedUser } from "./add-named-user";
import { exportNamedUsersCsv } from "./export-named-users";
import { listNamedUsers, type NamedUserRow } from "./list-named-users";
import { NAMED_USER_SORTS, type NamedUserListParams } from "./list-query";

// A demo world plus 720 named users with many equal names and equal "date added" values
// (to the microsecond), so keyset cursors must rely on their tie-breakers; a few
// "Zzztarget" people sit at the end of the name order, past the search's first window.
let w: DemoTestWorld;
let hybrid: string;
let acd: string;
let all: NamedUserRow[];

beforeAll(async () => {
  w = await createDemoWorldDb("list_users");
  hybrid = w.world.accountIds.hybrid;
  acd = (await w.db.select({ id: products.id }).from(products).where(eq(products.code, "ACD")))[0]!.id;
  const rows = Array.from({ length: 720 }, (_, i) => ({
    id: crypto.randomUUID(),
    email: `list${String(i).padStart(4, "0")}@${i % 3 === 0 ? "alpha" : "beta"}.test`,
    firstName: ["Ann", "bob", "Cy"][i % 3]!,
    lastName: i >= 715 ? "Zzztarget" : `Aaa${i % 7}`,
  }));
  await w.db.insert(people).values(rows.map((r) => ({ ...r, name: `${r.firstName} ${r.lastName}` })));
  await w.db.insert(namedUsers).values(
    rows.map((r, i) => ({
      accountId: hybrid,
      personId: r.id,
      status: i % 4 === 0 ? ("invited" as const) : ("active" as const),
      addedAt: sql`${`2026-01-0${1 + (i % 3)} 10:00:00.12345${i % 2}+00`}::timestamptz`,
    })),
  );
  await w.db.insert(namedAssignments).values(rows.filter((_, i) => i % 5 === 0).map((r) => ({ accountId: hybrid, personId: r.id, productId: acd })));
  all = (await listNamedUsers(w.db, hybrid, { limit: 1000 })).rows;
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

/** Every row of a query, following its cursors with small pages. */
async function pageThrough(params: NamedUserListParams, limit = 37, walkCap?: number): Promise<NamedUserRow[]> {
  const out: NamedUserRow[] = [];
  let after: string | undefined;
  for (let i = 0; i < 200; i++) {
    const page = await listNamedUsers(w.db, hybrid, { ...params, after, limit }, walkCap);
    out.push(...page.rows);
    if (!page.next) return out;
    after = page.next;
  }
  throw new Error("too many pages");
}

const cmp = (a: (string | number)[], b: (string | number)[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
};
const STATUS_RANK = { invited: 0, active: 1 } as const;
const key = (sort: (typeof NAMED_USER_SORTS)[number], r: NamedUserRow) =>
  sort === "name" ? [r.lastName.toLowerCase(), r.firstName.toLowerCase(), r.personId] : sort === "email" ? [r.email, r.personId] : sort === "status" ? [STATUS_RANK[r.status], r.addedAt, r.personId] : [r.addedAt, r.personId];
const expected = (rows: NamedUserRow[], sort: (typeof NAMED_USER_SORTS)[number], dir: "asc" | "desc") =>
  [...rows].sort((a, b) => cmp(key(sort, a), key(sort, b)) * (dir === "asc" ? 1 : -1)).map((r) => r.personId);

describe("By User list", () => {
  it("UM-7 lists the account's named users only", async () => {
    expect(all.length).toBeGreaterThan(720);
    const other = await listNamedUsers(w.db, w.world.accountIds.namedOnly, { limit: 1000 });
    expect(other.rows.some((r) => all.some((a) => a.personId === r.personId))).toBe(false);
  });

  for (const sort of NAMED_USER_SORTS) {
    for (const dir of ["asc", "desc"] as const) {
      it(`UM-7 keyset pages sorted by ${sort} ${dir} have no duplicates and no gaps`, async () => {
        const ids = (await pageThrough({ sort, dir })).map((r) => r.personId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(expected(all, sort, dir));
      });
    }
  }

  const filters: [string, NamedUserListParams, (r: NamedUserRow) => boolean][] = [
    ["product", { product: "ACD" }, (r) => r.productCodes.includes("ACD")],
    ["invited", { status: "invited" }, (r) => r.status === "invited"],
    ["any admin", { role: "admin" }, (r) => r.adminRole !== null],
    ["primary", { role: "primary" }, (r) => r.adminRole === "primary"],
    ["no admin role", { role: "none", status: "active" }, (r) => r.adminRole === null && r.status === "active"],
  ];
  for (const [label, params, keep] of filters) {
    it(`UM-7 filter "${label}" pages completely in every order`, async () => {
      const p = params.product ? { ...params, product: acd } : params;
      for (const sort of ["name", "added"] as const) {
        const ids = (await pageThrough({ ...p, sort, dir: "desc" }, 11)).map((r) => r.personId);
        expect(ids).toEqual(expected(all.filter(keep), sort, "desc"));
      }
    });
  }

  const searches: [string, (r: NamedUserRow) => boolean][] = [
    ["zzztarget", (r) => r.name.toLowerCase().includes("zzztarget")], // rare, at the end of the name order: the trigram path
    ["AAA3", (r) => r.name.toLowerCase().includes("aaa3")], // common: found in the first window
    ["@alpha.test", (r) => r.email.includes("@alpha.test")],
    ["Bob Aaa", (r) => r.name.toLowerCase().includes("bob aaa")],
    ["%", () => false],
    ["list07", (r) => r.email.includes("list07")],
  ];
  for (const [q, keep] of searches) {
    it(`UM-7 search "${q}" finds by name or email, case-insensitively, in every order`, async () => {
      for (const sort of NAMED_USER_SORTS) {
        const ids = (await pageThrough({ q, sort }, 9)).map((r) => r.personId);
        expect(ids).toEqual(expected(all.filter(keep), sort, "asc"));
        // A short walk: pages that the walk cannot fill come from the trigram index.
        const shortWalk = (await pageThrough({ q, sort }, 9, 25)).map((r) => r.personId);
        expect(shortWalk).toEqual(ids);
      }
    });
  }

  it("UM-7 a person renamed or given a new email is searched and ordered by the new values at once, in every account they belong to", async () => {
    const named = w.world.accountIds.namedOnly;
    const [person] = await w.db.insert(people).values({ email: "rename.me@alpha.test", firstName: "Ann", lastName: "Aaa0", name: "Ann Aaa0" }).returning({ id: people.id });
    await w.db.insert(namedUsers).values([{ accountId: hybrid, personId: person!.id }, { accountId: named, personId: person!.id }]);
    await w.db.update(people).set({ firstName: "Quentin", lastName: "Zzzzrenamed", name: "Quentin Zzzzrenamed", email: "renamed.later@gamma.test" }).where(eq(people.id, person!.id));
    for (const accountId of [hybrid, named]) {
      for (const sort of NAMED_USER_SORTS) {
        const found = await listNamedUsers(w.db, accountId, { q: "zzzzrenamed", sort });
        expect(found.rows.map((r) => [r.personId, r.email])).toEqual([[person!.id, "renamed.later@gamma.test"]]);
        expect((await listNamedUsers(w.db, accountId, { q: "gamma.test", sort })).rows.map((r) => r.personId)).toEqual([person!.id]);
        expect((await listNamedUsers(w.db, accountId, { q: "rename.me", sort })).rows).toEqual([]);
      }
      const lastByName = await listNamedUsers(w.db, accountId, { sort: "name", dir: "desc", limit: 1 });
      expect(lastByName.rows[0]?.personId).toBe(person!.id);
    }
    const [row] = (await w.db.execute(sql`select (${NAMED_USER_KEY_MISMATCHES})::int as n`)) as unknown as { n: number }[];
    expect(row?.n).toBe(0);
    await w.db.delete(namedUsers).where(eq(namedUsers.personId, person!.id));
  });

  it("UM-7 a cursor made for another order is ignored (first page), never misread", async () => {
    const byName = await listNamedUsers(w.db, hybrid, { limit: 5 });
    const byEmail = await listNamedUsers(w.db, hybrid, { sort: "email", after: byName.next!, limit: 5 });
    expect(byEmail.rows.map((r) => r.personId)).toEqual(expected(all, "email", "asc").slice(0, 5));
    const junk = await listNamedUsers(w.db, hybrid, { after: "not-a-cursor", limit: 5 });
    expect(junk.rows).toEqual(byName.rows);
  });
});

describe("By User CSV export", () => {
  async function exportText(params: Parameters<typeof exportNamedUsersCsv>[2]) {
    let text = "";
    for await (const chunk of exportNamedUsersCsv(w.db, hybrid, params)) text += chunk;
    return text.split("\r\n").filter(Boolean);
  }

  it("UM-5 UM-7 the export holds the filtered list in the page's order, header first", async () => {
    const lines = await exportText({ sort: "email", dir: "asc", status: "invited" });
    expect(lines[0]).toBe("First name,Last name,Email,Status,Admin role,Products,Date added");
    const want = expected(all.filter((r) => r.status === "invited"), "email", "asc");
    expect(lines).toHaveLength(want.length + 1);
    const emails = lines.slice(1).map((l) => l.split(",")[2]);
    expect(emails).toEqual(want.map((id) => all.find((r) => r.personId === id)!.email));
    expect(lines.slice(1).every((l) => l.includes(",Invited,"))).toBe(true);
  });

  it("UM-5 cells that would run as spreadsheet formulas are neutralised in the export", async () => {
    const added = await execute(w.db, w.actor("primaryAdmin"), addNamedUser, { accountId: hybrid, email: "formula@csv.test", firstName: '=HYPERLINK("http://x","y")', lastName: "+Sum, Jr" });
    expect(added.ok).toBe(true);
    const lines = await exportText({ sort: "name", dir: "asc", q: "formula@csv" });
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""y""\)","'\+Sum, Jr",formula@csv\.test,Invited,,,/);
  });
});
