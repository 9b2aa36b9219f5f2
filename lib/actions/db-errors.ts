import { ADMIN_ELSEWHERE } from "@/lib/permissions/decide-account";
import { classicNoSeatReason } from "@/lib/seats/classic-seats";
import { DomainError } from "./result";

/** Constraint violations the database raises for invariants it holds, as readable conflicts. */
const CONSTRAINT_MESSAGES: Record<string, { rule?: string; message: string }> = {
  account_admins_one_account_per_person: {
    rule: "UM-4",
    message: `${ADMIN_ELSEWHERE} (UM-4).`,
  },
  account_admins_one_primary: { rule: "UM-1", message: "The account already has a primary admin; there is exactly one (UM-1)." },
  account_admins_pkey: { message: "This person already has an admin role in this account." },
  named_users_pkey: { message: "This person is already a user of this account." },
  classic_users_pkey: { message: "This person is already a user of this contract." },
  hub_members_pkey: { rule: "HB-4", message: "This person is already a member of the hub; a person has one hub role in a hub (HB-4)." },
  join_requests_one_pending: { message: "A request to join this project is already waiting for a decision." },
  groups_hub_name: { message: "A group with this name already exists in the hub." },
  account_domains_domain: { message: "This email domain already belongs to an account." },
  // The backstop under lockClassicSeats' count: a classic assignment past the contract product's seats.
  contract_products_assigned: { rule: "CL-12", message: classicNoSeatReason() },
  contract_invoices_one_per_term: { rule: "CL-3", message: "This term is already invoiced: the contract was already renewed, so nothing was changed (CL-3)." },
};

type PgLikeError = { code?: string; constraint_name?: string; constraint?: string; cause?: unknown };

function pgError(error: unknown): PgLikeError | null {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const candidate = e as PgLikeError;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    e = candidate.cause;
  }
  return null;
}

/** Turns a unique or check violation into a DomainError; anything else is left as is. */
export function translateDbError(error: unknown): DomainError | null {
  const pg = pgError(error);
  if (!pg) return null;
  const constraint = pg.constraint_name ?? pg.constraint ?? "";
  const known = CONSTRAINT_MESSAGES[constraint];
  if (known) return new DomainError("conflict", known.message, known.rule);
  if (pg.code === "23505") return new DomainError("conflict", "This already exists.");
  if (isRetryable(error)) return new DomainError("conflict", "Someone changed this at the same moment. Try again.");
  return null;
}

/** Serialization failures and deadlocks: the whole transaction may simply run again. */
export function isRetryable(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === "40001" || code === "40P01";
}
