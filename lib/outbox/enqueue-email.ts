import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";

export type EmailKind =
  | "sign-in-link"
  | "named-user-invitation"
  | "secondary-admin-granted"
  | "purchase-confirmation"
  | "renewal-confirmation"
  | "contract-manager-changed"
  | "release-notes"
  | "hub-invitation"
  | "project-invitation"
  | "role-changed"
  // Hub projects (issue 10)
  | "join-request-decided";

export type Email = { kind: EmailKind; to: string; subject: string; text: string };

const row = (email: Email) => ({ kind: email.kind, to: email.to.toLowerCase(), subject: email.subject, text: email.text });

/** Writes an email to the outbox in the caller's transaction (EM-1); the sender delivers it. */
export async function enqueueEmail(tx: Db, email: Email): Promise<string> {
  const [inserted] = await tx.insert(outboxEmails).values(row(email)).returning({ id: outboxEmails.id });
  return inserted!.id;
}

/** Writes many emails in one insert (imports, bulk changes), in the caller's transaction. */
export async function enqueueEmails(tx: Db, emails: readonly Email[]): Promise<void> {
  if (emails.length) await tx.insert(outboxEmails).values(emails.map(row));
}
