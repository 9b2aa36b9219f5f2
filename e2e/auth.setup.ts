import { test as setup } from "@playwright/test";
import { authFile, personas, savedPersonas } from "./support/personas";
import { signInWithPassword } from "./support/sign-in";

// Signs each demo persona in once and saves the session, so specs start signed in
// (test.use({ persona }) or asPersona(name) in ./fixtures.ts) without the sign-in form.
for (const persona of savedPersonas) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await signInWithPassword(page, personas[persona].email);
    await page.context().storageState({ path: authFile(persona) });
  });
}
