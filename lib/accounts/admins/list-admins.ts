import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountAdmins, people, ssoAdmins } from "@/db/schema";
import type { AdminRole } from "@/lib/permissions/types";

export type AdminPerson = { personId: string; name: string; email: string };
export type AccountAdminsList = {
  primary: AdminPerson | null;
  secondaries: AdminPerson[];
  ssoAdmins: AdminPerson[];
};

const personColumns = { personId: people.id, name: sql<string>`coalesce(nullif(${people.name}, ''), ${people.email})`, email: people.email };

/** The account's primary, secondary and SSO admins, by name. The caller may see them (admins.view). */
export async function listAccountAdmins(db: Db, accountId: string): Promise<AccountAdminsList> {
  const [admins, sso] = await Promise.all([
    db
      .select({ ...personColumns, role: accountAdmins.role })
      .from(accountAdmins)
      .innerJoin(people, eq(people.id, accountAdmins.personId))
      .where(eq(accountAdmins.accountId, accountId))
      .orderBy(asc(people.lastName), asc(people.firstName), asc(people.email)),
    db
      .select(personColumns)
      .from(ssoAdmins)
      .innerJoin(people, eq(people.id, ssoAdmins.personId))
      .where(eq(ssoAdmins.accountId, accountId))
      .orderBy(asc(people.lastName), asc(people.firstName), asc(people.email)),
  ]);
  const strip = ({ role: _role, ...p }: AdminPerson & { role: AdminRole }): AdminPerson => p;
  const primary = admins.find((a) => a.role === "primary");
  return {
    primary: primary ? strip(primary) : null,
    secondaries: admins.filter((a) => a.role === "secondary").map(strip),
    ssoAdmins: sso,
  };
}
