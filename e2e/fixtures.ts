import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { authFile, DISPOSABLE_PERSONA, personas, type PersonaKey } from "./support/personas";

export { expect };
export { personas, type PersonaKey };

type Fixtures = {
  /** Start the test's `page` signed in as this demo persona: `test.use({ persona: "softwareCoordinator" })`. */
  persona: PersonaKey | undefined;
  /** A new page signed in as a persona, in its own browser context, for tests that need two people. */
  asPersona: (persona: PersonaKey) => Promise<Page>;
  /** A page of a signed-out visitor, in its own browser context (the test's saved session is not inherited). */
  visitor: Page;
};

function savedState(persona: PersonaKey): string {
  if (persona === DISPOSABLE_PERSONA) {
    throw new Error(`${persona} has no saved session: it is reserved for sign-out tests (sign in with signInWithPassword)`);
  }
  return authFile(persona);
}

export const test = base.extend<Fixtures>({
  persona: [undefined, { option: true }],
  storageState: async ({ persona, storageState }, use) => {
    await use(persona ? savedState(persona) : storageState);
  },
  // browser.newContext() inside a test inherits the config's `use` options (baseURL, locale...).
  asPersona: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (persona) => {
      const context = await browser.newContext({ storageState: savedState(persona) });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
  visitor: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await use(await context.newPage());
    await context.close();
  },
});
