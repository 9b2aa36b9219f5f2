import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * One audit event per change, written in the change's transaction (AU-1). Scope columns
 * say whose log it belongs to (AU-2): the account's, a contract's, a hub's.
 * No foreign keys: the log outlives what it describes.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label").notNull().default("system"),
    action: text("action").notNull(),
    accountId: uuid("account_id"),
    contractId: uuid("contract_id"),
    hubId: uuid("hub_id"),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    targetLabel: text("target_label").notNull().default(""),
    before: jsonb("before").$type<Record<string, unknown> | null>(),
    after: jsonb("after").$type<Record<string, unknown> | null>(),
    /** Rule-driven side effects, e.g. CL-5's secondary-admin step. */
    sideEffects: jsonb("side_effects").$type<{ rule: string; effect: string }[]>().notNull().default([]),
  },
  (t) => [
    index("audit_account_at").on(t.accountId, t.at.desc(), t.id.desc()),
    index("audit_contract_at").on(t.contractId, t.at.desc(), t.id.desc()),
    index("audit_hub_at").on(t.hubId, t.at.desc(), t.id.desc()),
  ],
);
