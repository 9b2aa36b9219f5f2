import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const outboxStatus = pgEnum("outbox_status", ["pending", "sending", "sent", "dead"]);

/**
 * Emails to deliver (EM-1), written in the same transaction as their cause. The sender
 * claims rows with FOR UPDATE SKIP LOCKED and a lease (`locked_until`); the row id is the
 * message's Message-ID, so a delivery retried after a crash is recognised as the same mail.
 */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    /** "smtp" or "mailbox" (the development mailbox). */
    deliveredVia: text("delivered_via"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("outbox_due").on(t.status, t.nextAttemptAt), index("outbox_to").on(t.to, t.createdAt)],
);
