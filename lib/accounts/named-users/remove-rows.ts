import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, namedAssignments, namedUsers, people, products } from "@/db/schema";
import type { ActionAudit } from "@/lib/actions/define-action";
import type { AuditSideEffect } from "@/lib/audit/write-audit";
import { personLabel } from "@/lib/people/people";

export type RemovedUser = { personId: string; label: string; products: string[]; adminRole: "primary" | "secondary" | null };

/**
 * Deletes named users of the account. Their product assignments and secondary-admin role
 * go with them through the foreign keys (UM-10); what went is read first, for the audit.
 * The admin rows are locked so a concurrent primary-admin change cannot slip a primary in;
 * a primary admin is never deleted here (the caller's decide already refused, UM-10).
 */
export async function removeNamedUserRows(tx: Db, accountId: string, personIds: readonly string[]): Promise<RemovedUser[]> {
  if (personIds.length === 0) return [];
  const ids = [...personIds];
  const admins = await tx
    .select({ personId: accountAdmins.personId, role: accountAdmins.role })
    .from(accountAdmins)
    .where(and(eq(accountAdmins.accountId, accountId), inArray(accountAdmins.personId, ids)))
    .for("update");
  const primary = new Set(admins.filter((a) => a.role === "primary").map((a) => a.personId));
  const removable = ids.filter((id) => !primary.has(id));
  if (removable.length === 0) return [];
  const [who, held] = await Promise.all([
    tx.select({ id: people.id, name: people.name, firstName: people.firstName, lastName: people.lastName, email: people.email }).from(people).where(inArray(people.id, removable)),
    tx
      .select({ personId: namedAssignments.personId, name: products.name })
      .from(namedAssignments)
      .innerJoin(products, eq(products.id, namedAssignments.productId))
      .where(and(eq(namedAssignments.accountId, accountId), inArray(namedAssignments.personId, removable))),
  ]);
  const deleted = await tx
    .delete(namedUsers)
    .where(and(eq(namedUsers.accountId, accountId), inArray(namedUsers.personId, removable)))
    .returning({ personId: namedUsers.personId });
  const roles = new Map(admins.map((a) => [a.personId, a.role]));
  const labels = new Map(who.map((p) => [p.id, personLabel(p)]));
  return deleted.map(({ personId }) => ({
    personId,
    label: labels.get(personId) ?? personId,
    products: held.filter((h) => h.personId === personId).map((h) => h.name).sort(),
    adminRole: roles.get(personId) ?? null,
  }));
}

/** One audit event per removed user, naming what went with them (UM-10). */
export function removalAudit(accountId: string, r: RemovedUser): ActionAudit {
  const sideEffects: AuditSideEffect[] = [];
  if (r.products.length) sideEffects.push({ rule: "UM-10", effect: `Product assignments removed: ${r.products.join(", ")}` });
  if (r.adminRole === "secondary") sideEffects.push({ rule: "UM-10", effect: "Secondary admin role removed" });
  return {
    action: "named_user.removed",
    accountId,
    targetType: "named_user",
    targetId: r.personId,
    targetLabel: r.label,
    before: { products: r.products, adminRole: r.adminRole },
    after: null,
    sideEffects,
  };
}
