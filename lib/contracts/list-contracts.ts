import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { contracts, people } from "@/db/schema";
import type { ActorAccountFacts } from "@/lib/permissions";

/** `assigned`: classic users holding it on this contract (CL-12); named contracts pool their seats (UM-9), so null there. */
export type ContractProductLine = { productId: string; code: string; name: string; seats: number; assigned: number | null };

export type ContractRow = {
  contractId: string;
  number: string;
  channel: "online" | "reseller";
  management: "named" | "classic";
  status: "active" | "expired";
  renewalDate: string;
  autoRenew: boolean;
  billingState: "paid" | "due" | "overdue";
  managerName: string;
  managerEmail: string;
  coordinatorName: string | null;
  productCount: number;
  /** The contract's products and seats, by product name. */
  products: ContractProductLine[];
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

const coordinator = alias(people, "coordinator");

/** Contracts of the account the actor may see, optionally of one management kind. */
export async function listVisibleContracts(
  db: Db,
  a: ActorAccountFacts,
  opts: { management?: "named" | "classic" } = {},
): Promise<ContractRow[]> {
  const filters: (SQL | undefined)[] = [eq(contracts.accountId, a.accountId), contractScope(a)];
  if (opts.management) filters.push(eq(contracts.management, opts.management));
  const rows = await db
    .select({
      contractId: contracts.id,
      number: contracts.number,
      channel: contracts.channel,
      management: contracts.management,
      status: contracts.status,
      renewalDate: contracts.renewalDate,
      autoRenew: contracts.autoRenew,
      billingState: contracts.billingState,
      managerName: sql<string>`coalesce(${people.name}, ${people.email})`,
      managerEmail: people.email,
      coordinatorName: sql<string | null>`coalesce(${coordinator.name}, ${coordinator.email})`,
      products: sql<ContractProductLine[]>`coalesce((
        select json_agg(json_build_object('productId', p.id, 'code', p.code, 'name', p.name, 'seats', cp.seats, 'assigned', case when ${contracts.management} = 'classic' then cp.assigned end) order by p.name)
        from contract_products cp join products p on p.id = cp.product_id
        where cp.contract_id = ${contracts.id}), '[]'::json)`,
    })
    .from(contracts)
    .innerJoin(people, eq(people.id, contracts.contractManagerId))
    .leftJoin(coordinator, eq(coordinator.id, contracts.softwareCoordinatorId))
    .where(and(...filters))
    .orderBy(asc(contracts.renewalDate), asc(contracts.number));
  return rows.map((r) => ({ ...r, productCount: r.products.length }));
}
