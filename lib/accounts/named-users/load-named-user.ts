import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, namedAssignments, namedUsers, people, products, ssoAdmins } from "@/db/schema";
import { listProductSeats, type ProductSeats } from "@/lib/seats/product-seats";
import type { TargetPersonFacts } from "@/lib/permissions";
// The one read outside lib/permissions/facts that embeds its SQL: the person page reads whose name it
// is (UM-5 Decision) in its own statement, where a loader would cost the page a round trip.
// eslint-disable-next-line no-restricted-imports
import { hasSignedInSql, inOtherAccountSql } from "@/lib/permissions/facts/person-name";
import { addedAtText } from "./list-sql";
import { displayName } from "@/lib/people/people";

export type NamedUserProduct = ProductSeats & { assignedToUser: boolean };
export type NamedUserDetails = {
  personId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  status: "invited" | "active";
  addedAt: string;
  adminRole: "primary" | "secondary" | null;
  ssoAdmin: boolean;
  products: NamedUserProduct[];
  /** The person's standing as `decide` takes it (TargetPersonFacts), read with the row itself. */
  target: TargetPersonFacts;
};

/** One named user of the account with their products and the seats left of each (UM-9); null when not a named user here. */
export async function loadNamedUser(db: Db, accountId: string, personId: string): Promise<NamedUserDetails | null> {
  // Two statements side by side: the person's row (with their products and standing) and the seats.
  const [[row], seats] = await Promise.all([db
    .select({
      firstName: people.firstName,
      lastName: people.lastName,
      name: people.name,
      email: people.email,
      status: namedUsers.status,
      addedAt: addedAtText,
      adminRole: accountAdmins.role,
      sso: ssoAdmins.personId,
      adminOfOtherAccount: sql<boolean>`exists (select 1 from ${accountAdmins} o where o.person_id = ${namedUsers.personId} and o.account_id <> ${namedUsers.accountId})`,
      hasSignedIn: sql<boolean>`${hasSignedInSql(sql`${namedUsers.personId}`)}`,
      inOtherAccount: sql<boolean>`${inOtherAccountSql(sql`${namedUsers.accountId}`, sql`${namedUsers.personId}`)}`,
      held: sql<{ productId: string; code: string; name: string }[]>`coalesce((select json_agg(json_build_object('productId', pr.id, 'code', pr.code, 'name', pr.name))
        from ${namedAssignments} na join ${products} pr on pr.id = na.product_id where na.account_id = ${namedUsers.accountId} and na.person_id = ${namedUsers.personId}), '[]'::json)`,
    })
    .from(namedUsers)
    .innerJoin(people, eq(people.id, namedUsers.personId))
    .leftJoin(accountAdmins, and(eq(accountAdmins.accountId, namedUsers.accountId), eq(accountAdmins.personId, namedUsers.personId)))
    .leftJoin(ssoAdmins, and(eq(ssoAdmins.accountId, namedUsers.accountId), eq(ssoAdmins.personId, namedUsers.personId)))
    .where(and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, personId))), listProductSeats(db, accountId)]);
  if (!row) return null;
  const held = row.held;
  const mine = new Set(held.map((h) => h.productId));
  const list: NamedUserProduct[] = seats.map((s) => ({ ...s, assignedToUser: mine.has(s.productId) }));
  // A product they hold that no named contract lists any more still shows, so it can be unassigned.
  for (const h of held) if (!seats.some((s) => s.productId === h.productId)) list.push({ ...h, total: 0, assigned: 0, available: 0, assignedToUser: true });
  return {
    personId,
    firstName: row.firstName,
    lastName: row.lastName,
    name: row.name || displayName(row.firstName, row.lastName) || row.email,
    email: row.email,
    status: row.status,
    addedAt: row.addedAt,
    adminRole: row.adminRole,
    ssoAdmin: row.sso !== null,
    products: list,
    target: { personId, namedUser: true, adminRole: row.adminRole, ssoAdmin: row.sso !== null, adminOfOtherAccount: row.adminOfOtherAccount, hasSignedIn: row.hasSignedIn, inOtherAccount: row.inOtherAccount },
  };
}
