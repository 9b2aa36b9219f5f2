import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { accountDomains, auditEvents } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addDomain } from "./add-domain";
import { removeDomain } from "./remove-domain";
import { setDomainEnforcement } from "./set-domain-enforcement";

let w: DemoTestWorld;
let hybrid: string;
beforeAll(async () => {
  w = await createDemoWorldDb("sso_domains");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});
beforeEach(() => {
  // A provider is configured unless a test says otherwise (enforcement needs one).
  vi.stubEnv("OIDC_ISSUER", "http://127.0.0.1:9/issuer");
  vi.stubEnv("OIDC_CLIENT_ID", "portal");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function domainRow(domain: string) {
  const [row] = await w.db.select().from(accountDomains).where(eq(accountDomains.domain, domain));
  return row ?? null;
}
async function auditFor(action: string, domain: string) {
  return w.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, domain)));
}
function expectDenied(result: ActionResult<unknown>, rule: string) {
  if (result.ok || result.code !== "denied") throw new Error(`expected a denial, got ${JSON.stringify(result)}`);
  expect(result.rule).toBe(rule);
  expect(result.reason).toContain(rule);
}

describe("sign-in (SSO) domains", () => {
  it("HB-1 AU-1 the primary admin adds, enforces, relaxes and removes a domain, each with one audit event", async () => {
    const actor = w.actor("primaryAdmin");
    const added = await execute(w.db, actor, addDomain, { accountId: hybrid, domain: "  Design.Northwind-Eng.Example " });
    expect(added).toEqual({ ok: true, data: { accountId: hybrid, domain: "design.northwind-eng.example" } });
    expect(await domainRow("design.northwind-eng.example")).toMatchObject({ accountId: hybrid, ssoEnforced: false });

    expect((await execute(w.db, actor, setDomainEnforcement, { accountId: hybrid, domain: "design.northwind-eng.example", enforced: true })).ok).toBe(true);
    expect(await domainRow("design.northwind-eng.example")).toMatchObject({ ssoEnforced: true });
    expect((await execute(w.db, actor, setDomainEnforcement, { accountId: hybrid, domain: "design.northwind-eng.example", enforced: false })).ok).toBe(true);
    expect(await domainRow("design.northwind-eng.example")).toMatchObject({ ssoEnforced: false });
    expect((await execute(w.db, actor, removeDomain, { accountId: hybrid, domain: "design.northwind-eng.example" })).ok).toBe(true);
    expect(await domainRow("design.northwind-eng.example")).toBeNull();

    const who = { accountId: hybrid, actorId: w.pid("primaryAdmin"), targetType: "account_domain", targetLabel: "design.northwind-eng.example" };
    const addedEvents = await auditFor("account.domain_added", "design.northwind-eng.example");
    expect(addedEvents).toHaveLength(1);
    expect(addedEvents[0]).toMatchObject({ ...who, after: { domain: "design.northwind-eng.example", ssoEnforced: false } });
    const changes = await auditFor("account.sso_settings_changed", "design.northwind-eng.example");
    expect(changes.map((e) => [e.before?.ssoEnforced, e.after?.ssoEnforced]).sort()).toEqual([
      [false, true],
      [true, false],
    ]);
    const removed = await auditFor("account.domain_removed", "design.northwind-eng.example");
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ ...who, before: { domain: "design.northwind-eng.example", ssoEnforced: false } });
  });

  it("HB-1 an SSO admin manages the account's domains", async () => {
    const actor = w.actor("ssoAdmin");
    expect((await execute(w.db, actor, addDomain, { accountId: hybrid, domain: "sso-admin.example" })).ok).toBe(true);
    expect((await execute(w.db, actor, setDomainEnforcement, { accountId: hybrid, domain: "sso-admin.example", enforced: true })).ok).toBe(true);
    expect(await domainRow("sso-admin.example")).toMatchObject({ accountId: hybrid, ssoEnforced: true });
    expect((await execute(w.db, actor, removeDomain, { accountId: hybrid, domain: "sso-admin.example" })).ok).toBe(true);
    expect(await domainRow("sso-admin.example")).toBeNull();
    expect((await auditFor("account.domain_added", "sso-admin.example"))[0]).toMatchObject({ actorId: w.pid("ssoAdmin") });
  });

  it("HB-1 a secondary admin and a named user are refused with the rule, and nothing changes", async () => {
    for (const persona of ["secondaryAdmin", "namedUser", "contractManager"] as const) {
      const actor = w.actor(persona);
      expectDenied(await execute(w.db, actor, addDomain, { accountId: hybrid, domain: `${persona.toLowerCase()}.example` }), "HB-1");
      expect(await domainRow(`${persona.toLowerCase()}.example`)).toBeNull();
      expectDenied(await execute(w.db, actor, setDomainEnforcement, { accountId: hybrid, domain: "northwind.example", enforced: true }), "HB-1");
      expectDenied(await execute(w.db, actor, removeDomain, { accountId: hybrid, domain: "northwind.example" }), "HB-1");
    }
    expect(await domainRow("northwind.example")).toMatchObject({ accountId: hybrid, ssoEnforced: false });
  });

  it("HB-1 another account's admin gets not found for this account's settings", async () => {
    const actor = w.actor("otherAccountAdmin");
    expect(await execute(w.db, actor, addDomain, { accountId: hybrid, domain: "intruder.example" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await execute(w.db, actor, removeDomain, { accountId: hybrid, domain: "northwind.example" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await domainRow("northwind.example")).toMatchObject({ accountId: hybrid });
  });

  it("HB-1 a domain claimed by another account is a conflict that does not say which account holds it", async () => {
    const result = await execute(w.db, w.actor("primaryAdmin"), addDomain, { accountId: hybrid, domain: "CONTOSO.example" });
    if (result.ok || result.code !== "conflict") throw new Error(`expected a conflict, got ${JSON.stringify(result)}`);
    expect(result.message).toBe("contoso.example is already claimed by another account, so it cannot be added here.");
    expect(result.message).not.toMatch(/contoso design/i);
    expect(await domainRow("contoso.example")).toMatchObject({ accountId: w.world.accountIds.namedOnly });
    const again = await execute(w.db, w.actor("primaryAdmin"), addDomain, { accountId: hybrid, domain: "northwind.example" });
    expect(again).toMatchObject({ ok: false, code: "conflict", message: "northwind.example is already one of this account's domains." });
  });

  it("HB-1 an admin cannot remove or enforce another account's domain through their own account", async () => {
    const actor = w.actor("primaryAdmin");
    expect(await execute(w.db, actor, removeDomain, { accountId: hybrid, domain: "contoso.example" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await execute(w.db, actor, setDomainEnforcement, { accountId: hybrid, domain: "contoso.example", enforced: true })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await domainRow("contoso.example")).toMatchObject({ accountId: w.world.accountIds.namedOnly, ssoEnforced: false });
  });

  it("HB-1 turning enforcement on without a configured OpenID Connect provider is refused with a clear message", async () => {
    vi.stubEnv("OIDC_ISSUER", "");
    const result = await execute(w.db, w.actor("primaryAdmin"), setDomainEnforcement, { accountId: hybrid, domain: "northwind.example", enforced: true });
    if (result.ok || result.code !== "conflict") throw new Error(`expected a conflict, got ${JSON.stringify(result)}`);
    expect(result.message).toMatch(/No OpenID Connect provider is configured/);
    expect(await domainRow("northwind.example")).toMatchObject({ ssoEnforced: false });
    expect(await auditFor("account.sso_settings_changed", "northwind.example")).toHaveLength(0);
  });

  it("HB-1 a domain must be a hostname: field errors for anything else", async () => {
    for (const domain of ["", "localhost", "not a domain", "a..example", "-bad.example", "192.168.0.1", "ex_ample.com", "bücher.example"]) {
      const result = await execute(w.db, w.actor("primaryAdmin"), addDomain, { accountId: hybrid, domain });
      if (result.ok || result.code !== "invalid") throw new Error(`expected ${JSON.stringify(domain)} to be invalid, got ${JSON.stringify(result)}`);
      expect(result.fieldErrors.domain?.[0]).toBeTruthy();
    }
  });
});
