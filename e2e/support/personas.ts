import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD, personas, type PersonaKey } from "@/lib/demo/personas";

export { DEMO_PASSWORD, personas, type PersonaKey };

/**
 * The persona whose sessions tests may end (sign-out tests). Sign-out can revoke all of a
 * person's sessions, so no saved storage state exists for it and no other spec uses it.
 */
export const DISPOSABLE_PERSONA = "secondaryAdmin2" satisfies PersonaKey;

/** Personas that the setup project signs in once and whose storage state specs reuse. */
export const savedPersonas = (Object.keys(personas) as PersonaKey[]).filter((p) => p !== DISPOSABLE_PERSONA);

/**
 * Where the setup project saves a persona's session: e2e/.auth/ (git-ignored). A run on
 * another port (E2E_PORT, e.g. beside another run in the same checkout) gets a folder of
 * its own, since its server signs sessions with its own secret.
 */
export function authFile(persona: PersonaKey): string {
  // A port picked by playwright.config.ts is new every run: the default folder then.
  const dir = process.env.E2E_PORT && !process.env.E2E_PORT_PICKED ? `../.auth/${process.env.E2E_PORT}/` : "../.auth/";
  return fileURLToPath(new URL(`${dir}${persona}.json`, import.meta.url));
}
