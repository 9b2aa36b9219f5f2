import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditSideEffect = { rule: string; effect: string };

export type AuditEvent = {
  actorId: string | null;
  actorLabel?: string;
  action: string;
  accountId?: string | null;
  contractId?: string | null;
  hubId?: string | null;
  targetType: string;
  targetId?: string | null;
  targetLabel?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  sideEffects?: AuditSideEffect[];
};

/** Writes one audit event (AU-1). Call it with the change's transaction, never the outer db. */
export async function writeAudit(tx: Db, event: AuditEvent): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: event.actorId,
    actorLabel: event.actorLabel ?? (event.actorId ? event.actorId : "system"),
    action: event.action,
    accountId: event.accountId ?? null,
    contractId: event.contractId ?? null,
    hubId: event.hubId ?? null,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    targetLabel: event.targetLabel ?? "",
    before: event.before ?? null,
    after: event.after ?? null,
    sideEffects: event.sideEffects ?? [],
  });
}
