import type { Db } from "@/db/client";
import { demoWorldPresent } from "@/lib/config/demo-world";

/**
 * Demo password sign-in is on wherever the demo world was seeded, unless DEMO_SIGN_IN
 * says otherwise; a real deployment (no demo world) has it off unless DEMO_SIGN_IN=on.
 */
export async function demoSignInEnabled(db: Db): Promise<boolean> {
  const flag = demoSignInFlag();
  if (flag !== null) return flag;
  return demoWorldPresent(db);
}

function demoSignInFlag(): boolean | null {
  const flag = process.env.DEMO_SIGN_IN;
  return flag === "on" ? true : flag === "off" ? false : null;
}

/** The same answer when the caller already knows whether the demo world is present (the request's facts). */
export function demoSignInFor(demoWorld: boolean): boolean {
  return demoSignInFlag() ?? demoWorld;
}

export function ssoConfigured(): boolean {
  return Boolean(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID);
}
