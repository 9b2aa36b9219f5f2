import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { accountDomains } from "@/db/schema";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { emailDomain, ssoRequiredFor, ssoRequiredMessage } from "./sso-enforcement";

let w: DemoTestWorld;
beforeAll(async () => {
  w = await createDemoWorldDb("sso_enforcement");
  // One enforced domain and one that is not, next to the demo world's (unenforced) ones.
  await w.db.insert(accountDomains).values([
    { accountId: w.world.accountIds.hybrid, domain: "sso-only.example", ssoEnforced: true },
    { accountId: w.world.accountIds.hybrid, domain: "eu.sso-open.example", ssoEnforced: false },
  ]);
});
afterAll(async () => {
  await w?.drop();
});
beforeEach(() => {
  vi.stubEnv("OIDC_ISSUER", "http://127.0.0.1:9/issuer");
  vi.stubEnv("OIDC_CLIENT_ID", "portal");
  vi.stubEnv("OIDC_NAME", "Northwind SSO");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("ssoRequiredFor", () => {
  it("HB-1 an address at an enforced domain must sign in through SSO, whatever its case", async () => {
    expect(await ssoRequiredFor(w.db, "ada@sso-only.example")).toEqual({ domain: "sso-only.example", providerName: "Northwind SSO" });
    expect(await ssoRequiredFor(w.db, "Ada.Lovelace@SSO-Only.Example")).toEqual({ domain: "sso-only.example", providerName: "Northwind SSO" });
  });

  it("HB-1 an address at a domain that is not enforced, or claimed by no account, is not restricted", async () => {
    expect(await ssoRequiredFor(w.db, "priya.raman@northwind.example")).toBeNull();
    expect(await ssoRequiredFor(w.db, "someone@eu.sso-open.example")).toBeNull();
    expect(await ssoRequiredFor(w.db, "someone@unclaimed.example")).toBeNull();
  });

  it("HB-1 subdomains are separate domains: enforcing sso-only.example does not restrict eu.sso-only.example, nor a look-alike", async () => {
    expect(await ssoRequiredFor(w.db, "ada@eu.sso-only.example")).toBeNull();
    expect(await ssoRequiredFor(w.db, "ada@notsso-only.example")).toBeNull();
  });

  it("HB-1 follows enforcement as it is turned off", async () => {
    await w.db.update(accountDomains).set({ ssoEnforced: false }).where(eq(accountDomains.domain, "sso-only.example"));
    expect(await ssoRequiredFor(w.db, "ada@sso-only.example")).toBeNull();
    await w.db.update(accountDomains).set({ ssoEnforced: true }).where(eq(accountDomains.domain, "sso-only.example"));
    expect(await ssoRequiredFor(w.db, "ada@sso-only.example")).not.toBeNull();
  });

  it("HB-1 with no OpenID Connect provider configured nothing is enforced, so nobody is locked out", async () => {
    vi.stubEnv("OIDC_ISSUER", "");
    expect(await ssoRequiredFor(w.db, "ada@sso-only.example")).toBeNull();
  });

  it("HB-1 the refusal names the domain and points to the SSO button", async () => {
    const required = await ssoRequiredFor(w.db, "ada@sso-only.example");
    if (!required) throw new Error("expected sso-only.example to be enforced");
    expect(ssoRequiredMessage(required)).toBe("sso-only.example signs in with Northwind SSO: use the Sign in with Northwind SSO button.");
  });

  it("HB-1 takes the domain after the last @, lowercased, and none from something that is not an address", () => {
    expect(emailDomain("a@B.Example.")).toBe("b.example");
    expect(emailDomain("no-at-sign")).toBeNull();
    expect(emailDomain("@example.com")).toBeNull();
    expect(emailDomain("a@")).toBeNull();
  });
});
