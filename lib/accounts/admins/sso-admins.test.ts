import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personas, type PersonaKey } from "@/lib/demo/personas";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addSecondaryAdmin } from "./add-secondary-admin";
import { grantSsoAdmin } from "./grant-sso-admin";
import { removeSecondaryAdmin } from "./remove-secondary-admin";
import { revokeSsoAdmin } from "./revoke-sso-admin";
import { auditFor, isNamedUser, isSsoAdmin, personIdByEmail } from "@/test/support/admins";

let w: DemoTestWorld;
let hybrid: string;
beforeAll(async () => {
  w = await createDemoWorldDb("ssoadmins");
  hybrid = w.world.accountIds.hybrid;
});
afterAll(async () => {
  await w?.drop();
});

const grant = (actor: PersonaKey, email: string) => execute(w.db, w.actor(actor), grantSsoAdmin, { accountId: hybrid, email });
const revoke = (actor: PersonaKey, personId: string) => execute(w.db, w.actor(actor), revokeSsoAdmin, { accountId: hybrid, personId });

describe("SSO admins", () => {
  it("HB-1 only the primary admin grants the SSO admin role; the SSO admin need not be a named user", async () => {
    const email = "it.partner@example.test";
    for (const actor of ["secondaryAdmin", "ssoAdmin", "namedUser"] as const) {
      expect(await grant(actor, email), actor).toMatchObject({ ok: false, code: "denied", rule: "HB-1" });
    }
    expect(await grant("primaryAdmin", email)).toMatchObject({ ok: true });
    const person = (await personIdByEmail(w.db, email))!;
    expect(await isSsoAdmin(w.db, hybrid, person)).toBe(true);
    expect(await isNamedUser(w.db, hybrid, person)).toBe(false);
    expect(await auditFor(w.db, "account.sso_admin_granted", person)).toHaveLength(1);
    expect(await grant("primaryAdmin", email)).toMatchObject({ ok: false, code: "denied", rule: "HB-1" });
  });

  it("HB-1 only the primary admin revokes the SSO admin role", async () => {
    const sam = w.pid("ssoAdmin");
    for (const actor of ["secondaryAdmin", "ssoAdmin"] as const) {
      expect(await revoke(actor, sam), actor).toMatchObject({ ok: false, code: "denied", rule: "HB-1" });
    }
    expect(await isSsoAdmin(w.db, hybrid, sam)).toBe(true);
    expect((await revoke("primaryAdmin", sam)).ok).toBe(true);
    expect(await isSsoAdmin(w.db, hybrid, sam)).toBe(false);
    expect(await auditFor(w.db, "account.sso_admin_revoked", sam)).toHaveLength(1);
    expect((await grant("primaryAdmin", personas.ssoAdmin.email)).ok).toBe(true);
  });

  it("HB-1 the SSO admin manages nothing in User Management: no admins, no named users", async () => {
    const add = await execute(w.db, w.actor("ssoAdmin"), addSecondaryAdmin, { accountId: hybrid, email: personas.namedUser.email });
    expect(add).toMatchObject({ ok: false, code: "denied", rule: "HB-1" });
    const remove = await execute(w.db, w.actor("ssoAdmin"), removeSecondaryAdmin, { accountId: hybrid, personId: w.pid("secondaryAdmin") });
    expect(remove).toMatchObject({ ok: false, code: "denied", rule: "HB-1" });
  });
});
