import type { Db } from "@/db/client";
import { demoWorldPresent } from "@/lib/config/demo-world";

/**
 * Demo password sign-in is on wherever the demo world was seeded, unless DEMO_SIGN_IN
 * says otherwise; a real deployment (no demo world) has it off unless DEMO_SIGN_IN=on.
 */
export async function demoSignInEnabled(db: Db): Promise<boolean> {
  const flag = process.env.DEMO_SIGN_IN;
  if (flag === "on") return true;
  if (flag === "off") return false;
  return demoWorldPresent(db);
}

export function ssoConfigured(): boolean {
  return Boolean(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID);
}
