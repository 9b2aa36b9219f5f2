import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contractProducts, contracts, people } from "@/db/schema";
import type { ActorAccountFacts } from "@/lib/permissions";

export type ContractRow = {
  contractId: string;
  number: string;
  channel: "online" | "reseller";
  management: "named" | "classic";
  status: "active" | "expired";
  renewalDate: string;
  managerName: string;
  productCount: number;
};

/**
 * The SQL scope of the contracts an actor may see in an account. It mirrors the policy's
 * contract visibility (UM-7, CL-8; lib/permissions/decide-contract.ts), and a test checks
 * that both agree on every seeded contract.
 */
export function contractScope(a: ActorAccountFacts): SQL | undefined {
  if (a.adminRole === "primary") return undefined;
  const mine = a.contractRoles.map((c) => c.contractId);
  const ownIds = mine.length ? inArray(contracts.id, mine) : sql`false`;
  if (a.adminRole === "secondary") return or(eq(contracts.management, "named"), ownIds);
  return ownIds;
}

/** Contracts of the account the actor may see, optionally of one management kind. */
export async function listVisibleContracts(
  db: Db,
  a: ActorAccountFacts,
  opts: { management?: "named" | "classic" } = {},
): Promise<ContractRow[]> {
  const filters: (SQL | undefined)[] = [eq(contracts.accountId, a.accountId), contractScope(a)];
  if (opts.management) filters.push(eq(contracts.management, opts.management));
  return db
    .select({
      contractId: contracts.id,
      number: contracts.number,
      channel: contracts.channel,
      management: contracts.management,
      status: contracts.status,
      renewalDate: contracts.renewalDate,
      managerName: sql<string>`coalesce(${people.name}, ${people.email})`,
      productCount: sql<number>`(select count(*)::int from ${contractProducts} cp where cp.contract_id = ${contracts.id})`,
    })
    .from(contracts)
    .innerJoin(people, eq(people.id, contracts.contractManagerId))
    .where(and(...filters))
    .orderBy(asc(contracts.renewalDate), asc(contracts.number));
}
