import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";

export type UndeliveredEmail = { id: string; createdAt: Date; status: string; attempts: number; to: string; subject: string; lastError: string | null };

/** Emails not delivered yet (waiting, being sent, or dead), oldest first: for `npm run outbox:send -- --list`. */
export async function listUndelivered(db: Db, limit = 500): Promise<UndeliveredEmail[]> {
  return db
    .select({
      id: outboxEmails.id,
      createdAt: outboxEmails.createdAt,
      status: outboxEmails.status,
      attempts: outboxEmails.attempts,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      lastError: outboxEmails.lastError,
    })
    .from(outboxEmails)
    .where(inArray(outboxEmails.status, ["pending", "sending", "dead"]))
    .orderBy(asc(outboxEmails.createdAt), asc(outboxEmails.id))
    .limit(limit);
}
