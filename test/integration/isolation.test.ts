import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverSpecs } from "@/test/sweep/registry";
import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, accountDomains, auditEvents, classicUsers, contracts, namedAssignments, namedUsers, outboxEmails, people, ssoAdmins } from "@/db/schema";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { authorizeAccount } from "@/lib/actions/authorize-account";
import { execute } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import { authorizePage } from "@/lib/pages/authorize-page";
import { loadAccountFacts, loadAccountPersonFacts, loadHubFacts, loadPersonAccountsAndHubs } from "@/lib/permissions/facts";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addSecondaryAdmin } from "@/lib/accounts/admins/add-secondary-admin";
import { changePrimaryAdmin } from "@/lib/accounts/admins/change-primary-admin";
import { grantSsoAdmin } from "@/lib/accounts/admins/grant-sso-admin";
import { removeSecondaryAdmin } from "@/lib/accounts/admins/remove-secondary-admin";
import { revokeSsoAdmin } from "@/lib/accounts/admins/revoke-sso-admin";
import { assignProduct } from "@/lib/accounts/named-users/assign-product";
import { viewContract } from "@/lib/contracts/view-contract";
import { loadAccessFacts } from "@/lib/permissions/facts";
import { addNamedUser } from "@/lib/accounts/named-users/add-named-user";
import { bulkChangeNamedUsers } from "@/lib/accounts/named-users/bulk-change-named-users";
import { editNamedUser } from "@/lib/accounts/named-users/edit-named-user";
import { importNamedUsersSpec } from "@/lib/accounts/named-users/import-spec";
import { loadNamedUser } from "@/lib/accounts/named-users/load-named-user";
import { removeNamedUser } from "@/lib/accounts/named-users/remove-named-user";
import { assignProductToUsers } from "@/lib/accounts/products/assign-product-to-users";
import { listProductSeats } from "@/lib/seats/product-seats";
import { openProduct } from "@/lib/accounts/products/open-product";
import { searchProductCandidates } from "@/lib/accounts/products/search-product-candidates";
import { addDomain } from "@/lib/accounts/sso/add-domain";
import { removeDomain } from "@/lib/accounts/sso/remove-domain";
import { setDomainEnforcement } from "@/lib/accounts/sso/set-domain-enforcement";
import { unassignProduct } from "@/lib/accounts/named-users/unassign-product";

// UM-7 Decision: nobody sees another account's anything. Every use case under lib/accounts
// and every read its pages and route handlers use is run by an admin of ANOTHER account on
// this account's ids: the answer must be "not found" (never "denied", which would confirm the
// id exists) and nothing may change. Server actions are thin doors over these same specs
// (runAction(spec, input)), so testing the specs covers the actions; calling Next's action
// endpoints directly needs build-specific action ids. e2e/isolation.spec.ts checks the
// pages and route handlers over HTTP.

let w: DemoTestWorld;

/** One account's ids an outsider might send: every kind of id a use case or page takes. */
type Target = {
  accountId: string;
  /** A named user without an admin role, with the products they hold and one they don't. */
  user: string;
  userEmail: string;
  heldProduct: string;
  freeProduct: string;
  secondaryAdmin: string;
  domain: string;
  contractIds: string[];
};

let northwind: Target;
let contoso: Target;

/** The ids of an account as an outsider might send them; `users` are candidates for the plain named user (the first who lacks a product). */
async function loadTarget(db: Db, accountId: string, users: string[], domain: string): Promise<Target> {
  const seats = await listProductSeats(db, accountId);
  for (const user of users) {
    const held = new Set((await db.select({ id: namedAssignments.productId }).from(namedAssignments).where(and(eq(namedAssignments.accountId, accountId), eq(namedAssignments.personId, user)))).map((r) => r.id));
    const heldProduct = seats.find((s) => held.has(s.productId))?.productId;
    const freeProduct = seats.find((s) => !held.has(s.productId) && s.available > 0)?.productId;
    if (!heldProduct || !freeProduct) continue;
    const [secondary] = await db.select({ id: accountAdmins.personId }).from(accountAdmins).where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.role, "secondary")));
    const [person] = await db.select({ email: people.email }).from(people).where(eq(people.id, user));
    const owned = await db.select({ id: contracts.id }).from(contracts).where(eq(contracts.accountId, accountId)).orderBy(asc(contracts.number));
    if (!secondary || !person || owned.length === 0) break;
    return { accountId, user, userEmail: person.email, heldProduct, freeProduct, secondaryAdmin: secondary.id, domain, contractIds: owned.map((c) => c.id) };
  }
  throw new Error("the demo world lacks an id this test needs");
}

/** A fingerprint of every table a use case under lib/accounts writes: equal before and after means nothing changed. */
const WATCHED = { people, namedUsers, namedAssignments, accountAdmins, ssoAdmins, accountDomains, auditEvents, outboxEmails, contracts, classicUsers };
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, table] of Object.entries(WATCHED)) {
    // A table's name in an expression is its whole row: hash every row, in a stable order.
    const [row] = await db.select({ n: sql<number>`count(*)::int`, h: sql<string>`md5(coalesce(string_agg(${table}::text, '|' order by ${table}::text), ''))` }).from(table);
    out[name] = `${row?.n}:${row?.h}`;
  }
  return out;
}

let unique = 0;
const freshEmail = () => `isolation.${Date.now().toString(36)}.${++unique}@isolation.example`;

/** A use case, named by its export, and how to call it on a target account's ids. */
type Case = { name: string; spec: { action: string }; call: (db: Db, actor: Actor, t: Target) => Promise<ActionResult<unknown>> };

const importSpec = importNamedUsersSpec();
const CASES: Case[] = [
  { name: "addNamedUser", spec: addNamedUser, call: (db, a, t) => execute(db, a, addNamedUser, { accountId: t.accountId, email: freshEmail(), firstName: "Iso", lastName: "Lation", productIds: [t.freeProduct] }) },
  {
    name: "importNamedUsersSpec",
    spec: importSpec,
    call: (db, a, t) => execute(db, a, importSpec, { accountId: t.accountId, idempotencyKey: crypto.randomUUID(), rows: [{ row: 1, email: freshEmail(), firstName: "Iso", lastName: "Lation", productCodes: [] }] }),
  },
  { name: "editNamedUser", spec: editNamedUser, call: (db, a, t) => execute(db, a, editNamedUser, { accountId: t.accountId, personId: t.user, firstName: "Renamed", lastName: "ByOutsider" }) },
  { name: "removeNamedUser", spec: removeNamedUser, call: (db, a, t) => execute(db, a, removeNamedUser, { accountId: t.accountId, personId: t.user }) },
  {
    name: "bulkChangeNamedUsers",
    spec: bulkChangeNamedUsers,
    call: (db, a, t) => execute(db, a, bulkChangeNamedUsers, { accountId: t.accountId, personIds: [t.user, t.secondaryAdmin], change: { kind: "remove" } }),
  },
  { name: "assignProduct", spec: assignProduct, call: (db, a, t) => execute(db, a, assignProduct, { accountId: t.accountId, personId: t.user, productId: t.freeProduct }) },
  { name: "unassignProduct", spec: unassignProduct, call: (db, a, t) => execute(db, a, unassignProduct, { accountId: t.accountId, personId: t.user, productId: t.heldProduct }) },
  {
    name: "assignProductToUsers",
    spec: assignProductToUsers,
    call: (db, a, t) => execute(db, a, assignProductToUsers, { accountId: t.accountId, productId: t.freeProduct, personIds: [t.user] }),
  },
  { name: "addSecondaryAdmin", spec: addSecondaryAdmin, call: (db, a, t) => execute(db, a, addSecondaryAdmin, { accountId: t.accountId, email: t.userEmail }) },
  { name: "removeSecondaryAdmin", spec: removeSecondaryAdmin, call: (db, a, t) => execute(db, a, removeSecondaryAdmin, { accountId: t.accountId, personId: t.secondaryAdmin }) },
  { name: "changePrimaryAdmin", spec: changePrimaryAdmin, call: (db, a, t) => execute(db, a, changePrimaryAdmin, { accountId: t.accountId, personId: t.secondaryAdmin, fromPrimaryAdminId: null }) },
  { name: "grantSsoAdmin", spec: grantSsoAdmin, call: (db, a, t) => execute(db, a, grantSsoAdmin, { accountId: t.accountId, email: t.userEmail }) },
  { name: "revokeSsoAdmin", spec: revokeSsoAdmin, call: (db, a, t) => execute(db, a, revokeSsoAdmin, { accountId: t.accountId, personId: t.secondaryAdmin }) },
  { name: "addDomain", spec: addDomain, call: (db, a, t) => execute(db, a, addDomain, { accountId: t.accountId, domain: "isolation-test.example" }) },
  { name: "removeDomain", spec: removeDomain, call: (db, a, t) => execute(db, a, removeDomain, { accountId: t.accountId, domain: t.domain }) },
  { name: "setDomainEnforcement", spec: setDomainEnforcement, call: (db, a, t) => execute(db, a, setDomainEnforcement, { accountId: t.accountId, domain: t.domain, enforced: false }) },
];

const coveredKey = (action: string, exportName: string) => `${action} ${exportName}`;

/** Runs a use case as an outsider and asserts "not found" with nothing changed. */
async function expectNotFoundAndNoChange(c: Case, outsider: PersonaKey, t: Target) {
  const before = await fingerprint(w.db);
  const result = await c.call(w.db, w.actor(outsider), t);
  expect({ spec: c.name, outsider, result }).toEqual({ spec: c.name, outsider, result: { ok: false, code: "not_found", message: expect.any(String) } });
  expect(await fingerprint(w.db)).toEqual(before);
}

/** What a page's authorizePage does with the facts: "not found" (Next's 404 signal) or a decision to render. */
function pageGate(run: () => unknown): "not found" | "rendered" {
  try {
    run();
    return "rendered";
  } catch (error) {
    if (error instanceof Error && "digest" in error && error.digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not found";
    throw error;
  }
}

const ACCOUNT_PAGES = [
  ["/users (By User)", "namedUsers.view"],
  ["/products (By Product)", "account.viewByProduct"],
  ["/admins", "admins.view"],
  ["/sso", "sso.view"],
  ["/contracts", "contracts.viewList"],
  ["/activity", "activity.viewAccount"],
] as const;

/** Every read a page or route handler of the account does before it shows anything, as `outsider` on `t`'s ids. */
async function expectEveryReadNotFound(outsider: PersonaKey, t: Target) {
  const db = w.db;
  const who = w.pid(outsider);
  const facts = await loadAccountFacts(db, who, t.accountId);
  // The account layout and /accounts/<id> 404 when the actor has no role in the account.
  expect(facts?.actor.account ?? null).toBeNull();
  for (const [page, key] of ACCOUNT_PAGES) expect({ page, answer: pageGate(() => authorizePage(facts, key)) }).toEqual({ page, answer: "not found" });

  // /users/<person>: the page's gate on the person's facts.
  const personFacts = await loadAccountPersonFacts(db, who, t.accountId, t.user);
  const userPage = pageGate(() => authorizePage(personFacts ? { actor: personFacts.actor, resource: { kind: "account", account: personFacts.resource.account } } : null, "namedUsers.view"));
  expect({ page: "/users/<person>", answer: userPage }).toEqual({ page: "/users/<person>", answer: "not found" });
  // Access explained lists only contracts the VIEWER may open: none of another account's.
  const viewerFacts = await loadAccountFacts(db, who, t.accountId);
  expect((viewerFacts && (await loadAccessFacts(db, t.user, t.accountId, viewerFacts)))?.contracts ?? []).toEqual([]);

  expect(await openProduct(db, who, t.accountId, t.heldProduct)).toMatchObject({ ok: false, code: "not_found" });
  expect(await searchProductCandidates(db, who, { accountId: t.accountId, productId: t.freeProduct, q: "a" })).toMatchObject({ ok: false, code: "not_found" });
  for (const contractId of t.contractIds) expect({ contractId, view: await viewContract(db, who, t.accountId, contractId) }).toEqual({ contractId, view: null });
  for (const key of ["namedUsers.export", "namedUsers.import", "namedUsers.view", "activity.viewAccount", "sso.view", "admins.view"] as const) {
    expect({ route: key, answer: await authorizeAccount(db, who, t.accountId, key) }).toEqual({ route: key, answer: { ok: false, code: "not_found", message: expect.any(String) } });
  }
  // The navigation and the account switcher list no such account.
  const nav = await loadPersonAccountsAndHubs(db, who);
  expect(nav.accounts.map((a) => a.accountId)).not.toContain(t.accountId);
}

beforeAll(async () => {
  w = await createDemoWorldDb("isolation");
  const { hybrid, namedOnly } = w.world.accountIds;
  northwind = await loadTarget(w.db, hybrid, [w.pid("namedUser")], "northwind.example");
  // Contoso's plain named users: those who are not admins there.
  const plain = await w.db
    .select({ id: namedUsers.personId })
    .from(namedUsers)
    .where(and(eq(namedUsers.accountId, namedOnly), notInArray(namedUsers.personId, w.db.select({ id: accountAdmins.personId }).from(accountAdmins))))
    .orderBy(asc(namedUsers.personId));
  contoso = await loadTarget(w.db, namedOnly, plain.map((p) => p.id), "contoso.example");
  const [nwDomain] = await w.db.select({ domain: accountDomains.domain }).from(accountDomains).where(eq(accountDomains.accountId, hybrid));
  expect(nwDomain?.domain).toBe("northwind.example");
});
afterAll(async () => {
  await w?.drop();
});

describe("UM-7 another account's admin gets not found for every use case", () => {
  for (const c of CASES) {
    it(`UM-7 ${c.name}: another account's admin gets not found`, async () => {
      await expectNotFoundAndNoChange(c, "otherAccountAdmin", northwind);
    });
  }

  it("UM-7 a classic-only account's contract manager gets not found for every use case on Northwind's ids", async () => {
    for (const c of CASES) await expectNotFoundAndNoChange(c, "classicOnlyManager", northwind);
  });

  it("UM-7 Northwind's primary admin gets not found for every use case on Contoso's ids (symmetry)", async () => {
    for (const c of CASES) await expectNotFoundAndNoChange(c, "primaryAdmin", contoso);
  });

  it("UM-7 an admin's own account id with another account's person is not found for person actions", async () => {
    // Contoso's admin, on Contoso's account, naming Northwind's named user.
    const mixed: Target = { ...contoso, user: northwind.user };
    for (const name of ["editNamedUser", "removeNamedUser", "assignProduct", "unassignProduct"]) {
      const c = CASES.find((x) => x.name === name);
      if (!c) throw new Error(`no case ${name}`);
      await expectNotFoundAndNoChange(c, "otherAccountAdmin", mixed);
    }
  });

  it("UM-7 a bulk change naming another account's people reveals nothing about them", async () => {
    const result = await execute(w.db, w.actor("otherAccountAdmin"), bulkChangeNamedUsers, {
      accountId: w.world.accountIds.namedOnly,
      personIds: [w.pid("namedUser"), w.pid("primaryAdmin")],
      change: { kind: "remove" },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.refused.map((r) => r.label)).toEqual(["Unknown user", "Unknown user"]);
    expect(JSON.stringify(result)).not.toContain("@northwind.example");
  });

  it("UM-7 every use case under lib/accounts is covered by the isolation test", async () => {
    // Every action spec exported under lib/accounts, found the way the sweep finds them (its registry).
    const found = (await discoverSpecs("lib/accounts")).map((s) => coveredKey(s.spec.action, s.exportName));
    const covered = new Set(CASES.map((c) => coveredKey(c.spec.action, c.name)));
    expect(found.length).toBeGreaterThanOrEqual(CASES.length);
    expect(found.filter((k) => !covered.has(k))).toEqual([]);
    expect([...covered].filter((k) => !found.includes(k))).toEqual([]);
  });
});

describe("UM-7 HY-1 another account's admin gets not found for every read of the pages and route handlers", () => {
  it("UM-7 Contoso's admin gets not found for every Northwind page and route read", async () => {
    await expectEveryReadNotFound("otherAccountAdmin", northwind);
  });

  it("UM-7 Fabrikam's contract manager gets not found for every Northwind page and route read", async () => {
    await expectEveryReadNotFound("classicOnlyManager", northwind);
  });

  it("UM-7 Northwind's primary admin gets not found for every Contoso page and route read (symmetry)", async () => {
    await expectEveryReadNotFound("primaryAdmin", contoso);
  });

  it("UM-7 ids of another account reached through the admin's own account are not found", async () => {
    const me = w.pid("otherAccountAdmin");
    // /accounts/<contoso>/users/<northwind person>: the person is no named user there.
    expect(await loadNamedUser(w.db, contoso.accountId, northwind.user)).toBeNull();
    // /accounts/<contoso>/contracts/<northwind contract>: the URL's account must be the contract's.
    for (const contractId of northwind.contractIds) expect(await viewContract(w.db, me, contoso.accountId, contractId)).toBeNull();
    // Candidates and the product page search only Contoso's own named users.
    const found = await searchProductCandidates(w.db, me, { accountId: contoso.accountId, productId: contoso.heldProduct, q: personas.namedUser.lastName });
    expect(found).toEqual({ ok: true, data: { candidates: [] } });
  });

  it("UM-7 HB-3 a person of another account is not found in Northwind's hub, and no Northwind hub is in their navigation", async () => {
    for (const outsider of ["otherAccountAdmin", "classicOnlyManager"] as const) {
      const facts = await loadHubFacts(w.db, w.pid(outsider), w.world.hubId);
      expect({ outsider, answer: pageGate(() => authorizePage(facts, "hubs.view")) }).toEqual({ outsider, answer: "not found" });
      expect((await loadPersonAccountsAndHubs(w.db, w.pid(outsider))).hubs).toEqual([]);
    }
  });

  it("UM-7 Northwind's own primary admin does reach every read the outsiders are refused (control)", async () => {
    // The same gates let the account's own admin in: the "not found" above is isolation, not a broken read.
    const me = w.pid("primaryAdmin");
    const facts = await loadAccountFacts(w.db, me, northwind.accountId);
    for (const [page, key] of ACCOUNT_PAGES) expect({ page, answer: pageGate(() => authorizePage(facts, key)) }).toEqual({ page, answer: "rendered" });
    expect(await openProduct(w.db, me, northwind.accountId, northwind.heldProduct)).toMatchObject({ ok: true });
    expect(await searchProductCandidates(w.db, me, { accountId: northwind.accountId, productId: northwind.freeProduct, q: "" })).toMatchObject({ ok: true });
    for (const contractId of northwind.contractIds) expect(await viewContract(w.db, me, northwind.accountId, contractId)).not.toBeNull();
    expect(await authorizeAccount(w.db, me, northwind.accountId, "namedUsers.export")).toBeNull();
    expect(await loadNamedUser(w.db, northwind.accountId, northwind.user)).not.toBeNull();
  });
});
