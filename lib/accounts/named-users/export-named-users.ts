import type { Db } from "@/db/client";
import { csvLine } from "@/lib/csv/write-csv";
import { listNamedUsers, type NamedUserRow } from "./list-named-users";
import type { NamedUserListQuery } from "./list-query";

export const EXPORT_HEADER = ["First name", "Last name", "Email", "Status", "Admin role", "Products", "Date added"] as const;
const PAGE = 1000;

export function exportLine(r: NamedUserRow): string {
  const role = r.adminRole === "primary" ? "Primary admin" : r.adminRole === "secondary" ? "Secondary admin" : "";
  return csvLine([r.firstName, r.lastName, r.email, r.status === "invited" ? "Invited" : "Active", role, r.productCodes.join(";"), r.addedAt]);
}

/**
 * The filtered list as CSV lines, header first, read a keyset page at a time so a large
 * account streams out without being held in memory. Same query, filters and order as the
 * page; the caller has been allowed `namedUsers.export` (UM-5, UM-7).
 */
export async function* exportNamedUsersCsv(db: Db, accountId: string, query: Omit<NamedUserListQuery, "after" | "limit">): AsyncGenerator<string> {
  yield csvLine(EXPORT_HEADER);
  let after: string | undefined;
  do {
    const page = await listNamedUsers(db, accountId, { ...query, after, limit: PAGE });
    yield page.rows.map(exportLine).join("");
    after = page.next ?? undefined;
  } while (after);
}
