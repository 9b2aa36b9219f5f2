import { index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Requests that must apply once (AP-5 Decision; the CSV import's key made when it started):
 * one row per scope and key, written in the same transaction as the change it guards, with
 * the first answer. A second request with the same key waits on the key's unique index until
 * the first commits, then answers the stored result; if the first rolled back, it runs.
 * `request_hash` is a hash of the request, so the same key with another request is refused.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    actorId: text("actor_id").notNull(),
    requestHash: text("request_hash").notNull(),
    result: jsonb("result").$type<unknown>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_created").on(t.createdAt)],
);
