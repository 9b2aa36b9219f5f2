import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { PEER_HEADER, clientAddress } from "@/lib/http/client-address";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { emailLinkLimitMessage, emailLinkLimited, takeEmailLink } from "./email-link-limit";
import { checkPasswordSignIn, passwordLimitMessage, passwordSignInLimited } from "./password-sign-in";

let t: TestDb;
const PASSWORD = "correct horse";
beforeAll(async () => {
  t = await createTestDb("sign_in_limits");
  await t.db.insert(people).values(["ada", "bob", "cy"].map((n) => ({ email: `${n}@limits.test`, firstName: n, lastName: "Test", name: `${n} Test`, passwordHash: hashPassword(PASSWORD) })));
});
afterAll(async () => {
  await t?.drop();
});

const MIN = 60_000;
const start = Date.UTC(2026, 2, 1, 9, 0, 0);
const at = (ms: number) => new Date(start + ms);

describe("password sign-in rate limits (10 failures in 15 minutes)", () => {
  it("security: the 11th failed sign-in for an email is refused, even with the right password, and the limit lifts after the window", async () => {
    const email = "ada@limits.test";
    for (let i = 0; i < 10; i++) {
      // Each from another address: the email's own counter is what refuses.
      expect(await checkPasswordSignIn(t.db, { email, password: "wrong" }, { address: `198.51.100.${i}`, now: at(i * MIN) })).toEqual({ ok: false, code: "invalid_credentials" });
    }
    const eleventh = await checkPasswordSignIn(t.db, { email, password: PASSWORD }, { address: "198.51.100.99", now: at(10 * MIN) });
    expect(eleventh).toMatchObject({ ok: false, code: "rate_limited" });
    if (eleventh.ok || eleventh.code !== "rate_limited") throw new Error("expected a rate limit");
    // The window began with the first failure (minute 0): 5 minutes are left.
    expect(eleventh.retryAfterMs).toBe(5 * MIN);
    expect(passwordLimitMessage(eleventh.retryAfterMs)).toBe("Too many failed sign-ins for this email address or from your network. Try again in 5 minutes.");
    // 15 minutes after the first failure, the right password signs in again.
    expect(await checkPasswordSignIn(t.db, { email, password: PASSWORD }, { address: "198.51.100.99", now: at(15 * MIN) })).toMatchObject({ ok: true, person: { email } });
  });

  it("security: failures from one client address count across emails, and a forged X-Forwarded-For does not start a new count", async () => {
    const emails = ["bob@limits.test", "cy@limits.test", "nobody@limits.test"];
    for (let i = 0; i < 10; i++) {
      // An attacker rotating X-Forwarded-For: without TRUST_PROXY the address is the TCP peer.
      const headers = new Headers({ [PEER_HEADER]: "203.0.113.5", "x-forwarded-for": `10.9.8.${i}` });
      const address = clientAddress(headers, {});
      expect(await checkPasswordSignIn(t.db, { email: emails[i % 3], password: "guess" }, { address, now: at(i * 1000) })).toMatchObject({ ok: false, code: "invalid_credentials" });
    }
    const next = clientAddress(new Headers({ [PEER_HEADER]: "203.0.113.5", "x-forwarded-for": "10.9.8.200" }), {});
    expect(await checkPasswordSignIn(t.db, { email: "cy@limits.test", password: PASSWORD }, { address: next, now: at(11_000) })).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await passwordSignInLimited(t.db, "cy@limits.test", "203.0.113.5", at(11_000))).not.toBeNull();
    // Another client is not held up, and the address's window ends too.
    expect(await checkPasswordSignIn(t.db, { email: "cy@limits.test", password: PASSWORD }, { address: "203.0.113.6", now: at(11_000) })).toMatchObject({ ok: true });
    expect(await checkPasswordSignIn(t.db, { email: "bob@limits.test", password: PASSWORD }, { address: next, now: at(15 * MIN) })).toMatchObject({ ok: true });
  });

  it("security: a NUL byte in the email or password is refused as invalid credentials, never sent to the database", async () => {
    expect(await checkPasswordSignIn(t.db, { email: "ada@limits.test\u0000", password: PASSWORD }, { address: "192.0.2.1" })).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await checkPasswordSignIn(t.db, { email: "ada@limits.test", password: "a\u0000b" }, { address: "192.0.2.1" })).toEqual({ ok: false, code: "invalid_credentials" });
  });
});

describe("email-link rate limits", () => {
  it("security: the 6th sign-in link for one email within an hour is refused, and an hour later one is sent again", async () => {
    const email = "links@limits.test";
    for (let i = 0; i < 5; i++) expect(await takeEmailLink(t.db, email, `192.0.2.${i}`, at(i * MIN))).toEqual({ ok: true });
    const sixth = await takeEmailLink(t.db, email, "192.0.2.50", at(5 * MIN));
    expect(sixth).toMatchObject({ ok: false });
    if (sixth.ok) throw new Error("expected a refusal");
    expect(emailLinkLimitMessage(sixth.retryAfterMs)).toContain("Try again in 55 minutes");
    expect(await emailLinkLimited(t.db, email, "192.0.2.50", at(5 * MIN))).toBe(55 * MIN);
    expect(await takeEmailLink(t.db, email, "192.0.2.50", at(60 * MIN))).toEqual({ ok: true });
  });

  it("security: one client address asks for at most 20 links an hour, whatever the emails", async () => {
    for (let i = 0; i < 20; i++) expect((await takeEmailLink(t.db, `p${i}@limits.test`, "192.0.2.200", at(i * 1000))).ok).toBe(true);
    expect((await takeEmailLink(t.db, "p21@limits.test", "192.0.2.200", at(21_000))).ok).toBe(false);
    expect((await takeEmailLink(t.db, "p21@limits.test", "192.0.2.201", at(21_000))).ok).toBe(true);
  });
});
