import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts } from "@/db/schema";
import { publicLink } from "@/lib/config/public-url";
import type { Email } from "@/lib/outbox/enqueue-email";

/** The portal's sign-in page on its configured public URL (AUTH_URL), never the request's host. */
export function portalSignInUrl(env: Record<string, string | undefined> = process.env): string {
  return publicLink("/sign-in", env);
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
