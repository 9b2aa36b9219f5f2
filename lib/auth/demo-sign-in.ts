import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { instanceSettings } from "@/db/schema";

/**
 * Demo password sign-in is on wherever the demo world was seeded, unless DEMO_SIGN_IN
 * says otherwise; a real deployment (no demo world) has it off unless DEMO_SIGN_IN=on.
 */
export async function demoSignInEnabled(db: Db): Promise<boolean> {
  const flag = demoSignInFlag();
  if (flag !== null) return flag;
  const [row] = await db
    .select({ key: instanceSettings.key })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, "demo_world"))
    .limit(1);
  return Boolean(row);
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
