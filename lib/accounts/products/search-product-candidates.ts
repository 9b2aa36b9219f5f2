import { and, asc, eq, notExists, type SQL } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import type { Db } from "@/db/client";
import { namedAssignments, namedUsers, people } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/result";
import { decide } from "@/lib/permissions";
import { decisionToFailure } from "@/lib/actions/decision-to-failure";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { findProductSeats } from "@/lib/seats/product-seats";
import { matchesSearch } from "@/lib/accounts/named-users/list-sql";

export const candidateQuery = z.object({
  accountId: z.uuid(),
  productId: z.uuid(),
  q: text({ max: 200 }).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export type ProductCandidate = { personId: string; name: string; email: string; status: "invited" | "active" };

/**
 * "Assign users": the account's named users who do not hold the product yet, matching the
 * search. Gated like the batch assignment (UM-5 through `namedUsers.bulkChange`): another
 * account, an account without User Management (HY-1) or a product the account has no named
 * contract for is "not found"; a person of the account without an admin role is refused
 * with the rule.
 */
export async function searchProductCandidates(db: Db, personId: string, raw: unknown): Promise<ActionResult<{ candidates: ProductCandidate[] }>> {
  const parsed = candidateQuery.safeParse(raw);
  if (!parsed.success) {
    // A malformed id names nothing that exists; a malformed search is the caller's to fix.
    const badId = parsed.error.issues.some((i) => i.path[0] === "accountId" || i.path[0] === "productId");
    if (badId) return { ok: false, code: "not_found", message: "This was not found." };
    return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Check the search.", fieldErrors: {} };
  }
  const { accountId, productId, q, limit } = parsed.data;
  const facts = await loadAccountFacts(db, personId, accountId);
  if (!facts) return { ok: false, code: "not_found", message: "This was not found." };
  const refused = decisionToFailure(decide(facts.actor, "namedUsers.bulkChange", facts.resource), "This product");
  if (refused) return refused;
  if (!(await findProductSeats(db, accountId, productId))) return { ok: false, code: "not_found", message: "This product was not found." };

  const filters: SQL[] = [
    eq(namedUsers.accountId, accountId),
    notExists(
      db
        .select({ personId: namedAssignments.personId })
        .from(namedAssignments)
        .where(and(eq(namedAssignments.accountId, namedUsers.accountId), eq(namedAssignments.personId, namedUsers.personId), eq(namedAssignments.productId, productId))),
    ),
  ];
  // The same search and order as By User (named_users' copies of the person's keys).
  if (q) filters.push(matchesSearch(q));
  const rows = await db
    .select({ personId: people.id, name: people.name, firstName: people.firstName, lastName: people.lastName, email: people.email, status: namedUsers.status })
    .from(namedUsers)
    .innerJoin(people, eq(people.id, namedUsers.personId))
    .where(and(...filters))
    .orderBy(asc(namedUsers.sortLast), asc(namedUsers.sortFirst), asc(namedUsers.personId))
    .limit(limit);
  return {
    ok: true,
    data: { candidates: rows.map((r) => ({ personId: r.personId, name: r.name || `${r.firstName} ${r.lastName}`.trim(), email: r.email, status: r.status })) },
  };
}
