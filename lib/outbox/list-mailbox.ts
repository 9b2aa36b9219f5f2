import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";

export type MailboxEmail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
};

/** The development mailbox: newest first, optionally for one recipient, keyset-paginated. */
export async function listMailbox(db: Db, opts: { to?: string; before?: { at: Date; id: string }; limit?: number }): Promise<MailboxEmail[]> {
  const filters: SQL[] = [];
  if (opts.to) filters.push(eq(outboxEmails.to, opts.to.trim().toLowerCase()));
  if (opts.before) {
    const b = opts.before;
    filters.push(or(lt(outboxEmails.createdAt, b.at), and(eq(outboxEmails.createdAt, b.at), lt(outboxEmails.id, b.id)))!);
  }
  return db
    .select({
      id: outboxEmails.id,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      text: outboxEmails.text,
      status: outboxEmails.status,
      createdAt: outboxEmails.createdAt,
      sentAt: outboxEmails.sentAt,
    })
    .from(outboxEmails)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(opts.limit ?? 50);
}
