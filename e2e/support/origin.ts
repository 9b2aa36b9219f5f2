/** The portal's public origin in this run (playwright.config.ts's baseURL): what its own pages send as Origin. */
export function portalOrigin(): string {
  if (!process.env.E2E_PORT) throw new Error("E2E_PORT is not set: run through playwright.config.ts");
  return `http://localhost:${process.env.E2E_PORT}`;
}
