import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";
import { oneLine } from "./one-line";

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

/** One line of `--list`: when, status, attempts, to, subject, last error; never the body (it may hold a sign-in link). */
export function formatUndelivered(r: UndeliveredEmail): string {
  const error = r.lastError ? `  (last error: ${oneLine(r.lastError)})` : "";
  return `${r.createdAt.toISOString()}  ${r.status.padEnd(7)}  ${String(r.attempts).padStart(2)}  ${oneLine(r.to)}  ${oneLine(r.subject)}${error}`;
}
