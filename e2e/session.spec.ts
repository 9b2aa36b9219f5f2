import { expect, test } from "./fixtures";
import { unique } from "./support/hubs";
import { signInWithEmailLink } from "./support/sign-in";

// Issue 14, defect 7: every page, action and route refused a revoked session, but Auth.js's own
// /api/auth/session still answered it (name, email, id) and refreshed its expiry.

test.describe("a revoked session", () => {
  test("security: after signing out (which ends every session of the person), /api/auth/session answers null to another copy of the session and clears its cookie", async ({ visitor, browser }) => {
    test.slow();
    // A person of this test alone: signing out ends all of their sessions.
    const email = `${unique("session")}@session-e2e.test`;
    await signInWithEmailLink(visitor, email);
    // The same session in a second browser (another tab's cookie, or a copied one).
    const other = await browser.newContext({ storageState: await visitor.context().storageState() });
    try {
      const before = await other.request.get("/api/auth/session");
      expect(before.status()).toBe(200);
      expect(await before.json()).toMatchObject({ user: { email } });

      await visitor.getByRole("button", { name: "Sign out" }).click();
      await expect(visitor).toHaveURL(/\/sign-in/);

      const after = await other.request.get("/api/auth/session");
      expect(after.status()).toBe(200);
      expect(await after.json()).toBeNull();
      const cookies = await other.cookies();
      expect(cookies.filter((c) => c.name.includes("session-token") && c.value !== "")).toEqual([]);
      // And the pages agree, as they did before.
      const page = await other.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(/\/sign-in/);
    } finally {
      await other.close();
    }
  });
});
