import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts } from "@/db/schema";
import type { Email } from "@/lib/outbox/enqueue-email";

/** The portal's sign-in page, from APP_URL or AUTH_URL, else the local default. */
export function portalSignInUrl(env: Record<string, string | undefined> = process.env): string {
  const base = (env.APP_URL || env.AUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
  // AUTH_URL may point at the Auth.js route ("…/api/auth"); the sign-in page is at the root.
  return `${base.replace(/\/api\/auth$/, "")}/sign-in`;
}

export async function accountName(tx: Db, accountId: string): Promise<string> {
  const [row] = await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId));
  return row?.name ?? "your account";
}

/** The email a new named user gets (EM-1: the caller writes it to the outbox in its transaction). */
export function invitationEmail(p: { to: string; firstName: string; accountName: string; inviterName: string; productNames: string[] }): Email {
  const products = p.productNames.length ? `\n\nSoftware assigned to you: ${p.productNames.join(", ")}.` : "";
  return {
    kind: "named-user-invitation",
    to: p.to,
    subject: `${p.inviterName} added you to ${p.accountName}`,
    text: `Hello ${p.firstName || p.to},\n\n${p.inviterName} added you as a user of ${p.accountName}.${products}\n\nSign in with ${p.to} at ${portalSignInUrl()} to get started.`,
  };
}
