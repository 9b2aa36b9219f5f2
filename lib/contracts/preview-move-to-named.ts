import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decide, contractManagerChangeEffects, type Decision } from "@/lib/permissions";
import { loadContractFacts } from "@/lib/permissions/facts";
import { loadTargetPersonFacts } from "@/lib/permissions/facts";
import { csvLine } from "@/lib/csv/write-csv";
import { listProductSeats } from "@/lib/seats/product-seats";
import type { RuleId } from "@/lib/permissions/rules";

export type MoveUserLine = { personId: string; name: string; email: string; namedUser: "new" | "already" };
export type MoveAssignmentLine = { personId: string; name: string; product: string; outcome: "fits" | "no_seat" | "already_named" };
export type MoveRoleLine = { role: "contract manager" | "software coordinator"; person: string; outcome: string; rules: RuleId[] };
export type MovePreview = { contractNumber: string; users: MoveUserLine[]; assignments: MoveAssignmentLine[]; roles: MoveRoleLine[]; emails: string[] };

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];

/**
 * A read-only preview of converting a classic contract into a named one (no anchor has
 * this; applying it is later work). Nothing is written. Classic users would become named
 * users (new or already there); each classic assignment fits the named seats (the account's
 * active named seats plus this contract's, UM-9) or does not; the CM maps to a secondary
 * admin unless already an admin or an admin of another account (UM-4); the SC maps to
 * nothing, since named contracts have no coordinator (CL-6). Null = not found.
 */
export async function previewMoveToNamed(db: Db, actorId: string, accountId: string, contractId: string): Promise<{ decision: Decision; preview: MovePreview | null } | null> {
  const facts = await loadContractFacts(db, actorId, contractId);
  if (!facts || facts.resource.contract.accountId !== accountId) return null;
  const decision = decide(facts.actor, "contracts.previewMoveToNamed", facts.resource);
  if (!decision.allowed) return decision.visible === false ? null : { decision, preview: null };
  const [c] = rowsOf(await db.execute(sql`
    select c.number, cm.id as cm_id, coalesce(nullif(cm.name, ''), cm.email) as cm_name, cm.email as cm_email, sc.email as sc_email, coalesce(nullif(sc.name, ''), sc.email) as sc_name
    from contracts c join people cm on cm.id = c.contract_manager_id left join people sc on sc.id = c.software_coordinator_id where c.id = ${contractId}::uuid`));
  const users = rowsOf(await db.execute(sql`
    select p.id, coalesce(nullif(p.name, ''), p.email) as name, p.email, exists (select 1 from named_users nu where nu.account_id = ${accountId}::uuid and nu.person_id = p.id) as named
    from classic_users cu join people p on p.id = cu.person_id where cu.contract_id = ${contractId}::uuid order by p.email`));
  const held = rowsOf(await db.execute(sql`
    select ca.person_id, coalesce(nullif(p.name, ''), p.email) as name, ca.product_id, pr.name as product, cp.seats,
      exists (select 1 from named_assignments na where na.account_id = ${accountId}::uuid and na.person_id = ca.person_id and na.product_id = ca.product_id) as named
    from classic_assignments ca join people p on p.id = ca.person_id join products pr on pr.id = ca.product_id
      join contract_products cp on cp.contract_id = ca.contract_id and cp.product_id = ca.product_id
    where ca.contract_id = ${contractId}::uuid order by pr.name, p.email`));
  const pools = new Map((await listProductSeats(db, accountId)).map((p) => [p.productId, p.available]));
  const free = new Map<string, number>();
  const assignments: MoveAssignmentLine[] = held.map((h) => {
    const productId = String(h.product_id);
    if (!free.has(productId)) free.set(productId, (pools.get(productId) ?? 0) + Number(h.seats));
    const base = { personId: String(h.person_id), name: String(h.name), product: String(h.product) };
    if (h.named) return { ...base, outcome: "already_named" };
    const left = free.get(productId)!;
    if (left <= 0) return { ...base, outcome: "no_seat" };
    free.set(productId, left - 1);
    return { ...base, outcome: "fits" };
  });
  const cm = await loadTargetPersonFacts(db, accountId, String(c!.cm_id));
  const cl5 = contractManagerChangeEffects({ accountHasNamedContract: true, newManager: cm });
  const cmOutcome = cl5.secondaryAdmin === "added" ? `becomes a secondary admin${cl5.addsNamedUser ? " and a named user" : ""} (CL-5)` : cl5.reason;
  const roles: MoveRoleLine[] = [
    { role: "contract manager", person: String(c!.cm_name), outcome: `stays the contract manager and ${cmOutcome}`, rules: cl5.secondaryAdmin === "skipped_admin_of_other_account" ? ["UM-4"] : ["CL-5"] },
    c!.sc_email
      ? { role: "software coordinator", person: String(c!.sc_name), outcome: "keeps no role: a named contract has no software coordinator, and no admin role replaces it (CL-6, CL-10)", rules: ["CL-6", "CL-10"] }
      : { role: "software coordinator", person: "none", outcome: "nothing to map", rules: ["CL-6"] },
  ];
  const newUsers = users.filter((u) => !u.named);
  const emails = [
    ...newUsers.map((u) => `${String(u.email)}: invitation as a named user`),
    ...(cl5.secondaryAdmin === "added" ? [`${String(c!.cm_email)}: now a secondary admin`] : []),
  ];
  return {
    decision,
    preview: {
      contractNumber: String(c!.number),
      users: users.map((u) => ({ personId: String(u.id), name: String(u.name), email: String(u.email), namedUser: u.named ? "already" : "new" })),
      assignments,
      roles,
      emails,
    },
  };
}

const OUTCOME = { fits: "Fits the named seats", no_seat: "Would not fit: no named seat left (UM-9)", already_named: "Already assigned in User Management" } as const;

/** The preview as CSV (formula cells neutralised by lib/csv): one line per user, assignment, role and email. */
export function moveToNamedCsv(p: MovePreview): string {
  return [
    csvLine(["Section", "Who", "Email or product", "Outcome"]),
    ...p.users.map((u) => csvLine(["User", u.name, u.email, u.namedUser === "new" ? "Becomes a named user" : "Already a named user"])),
    ...p.assignments.map((a) => csvLine(["Assignment", a.name, a.product, OUTCOME[a.outcome]])),
    ...p.roles.map((r) => csvLine(["Role", r.person, r.role, `${r.outcome}`])),
    ...p.emails.map((e) => csvLine(["Email", "", e, "Would be sent"])),
  ].join("");
}

export const MOVE_OUTCOME_LABELS = OUTCOME;
