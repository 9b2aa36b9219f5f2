import type { RuleId } from "./rules";
import type { AdminRole } from "./types";

/**
 * Side effects of role changes, as pure data: services apply them and record them in the
 * audit event (AU-1), previews show them. The two views are independent (HY-3), so a role
 * change touches the other view only in one case: CL-5.
 */

export type SideEffect = { rule: RuleId; effect: string };

// ---------------------------------------------------------------- CL-5

export type ContractManagerChangeFacts = {
  /** The account has User Management (at least one named contract, HY-1). */
  accountHasNamedContract: boolean;
  newManager: { adminRole: AdminRole | null; adminOfOtherAccount: boolean; namedUser: boolean };
};

export type SecondaryAdminStep = "added" | "already_admin" | "skipped_admin_of_other_account" | "skipped_no_user_management";

export type ContractManagerChangeEffects = {
  secondaryAdmin: SecondaryAdminStep;
  /** CL-5: also added as a named user (only when made secondary admin and not one yet). */
  addsNamedUser: boolean;
  /** The rule that decided the step, and why, for the preview and the audit log. */
  rule: RuleId;
  reason: string;
  sideEffects: SideEffect[];
};

/**
 * CL-5 with its Decision: what changing the contract manager online does in User
 * Management. The change of contract manager itself always happens.
 */
export function contractManagerChangeEffects(facts: ContractManagerChangeFacts): ContractManagerChangeEffects {
  const n = facts.newManager;
  const skipped = (secondaryAdmin: SecondaryAdminStep, rule: RuleId, reason: string): ContractManagerChangeEffects => ({
    secondaryAdmin,
    addsNamedUser: false,
    rule,
    reason,
    sideEffects: [{ rule: "CL-5", effect: `Secondary-admin step skipped: ${reason}` }],
  });
  if (n.adminRole) {
    return { secondaryAdmin: "already_admin", addsNamedUser: false, rule: "CL-5", reason: "The new contract manager is already an admin of this account (CL-5).", sideEffects: [] };
  }
  if (!facts.accountHasNamedContract) {
    return skipped("skipped_no_user_management", "HY-1", "the account has no named contract, so it has no User Management (HY-1).");
  }
  if (n.adminOfOtherAccount) {
    return skipped("skipped_admin_of_other_account", "UM-4", "the new contract manager is an admin of another account, and a person admins one account at most (UM-4).");
  }
  const sideEffects: SideEffect[] = [];
  if (!n.namedUser) sideEffects.push({ rule: "CL-5", effect: "New contract manager added as a named user" });
  sideEffects.push({ rule: "CL-5", effect: "New contract manager added as a secondary admin" });
  return {
    secondaryAdmin: "added",
    addsNamedUser: !n.namedUser,
    rule: "CL-5",
    reason: "The new contract manager becomes a secondary admin of the account (CL-5).",
    sideEffects,
  };
}

// ---------------------------------------------------------------- HY-3, CL-10, CL-11, UM-8, UM-10

export type RoleChange =
  | { kind: "primaryAdminChanged" }
  | { kind: "secondaryAdminAdded" }
  | { kind: "secondaryAdminRemoved" }
  | { kind: "softwareCoordinatorChanged" }
  | { kind: "contractManagerChanged"; cl5: ContractManagerChangeEffects }
  | { kind: "namedUserAdded" }
  | { kind: "namedUserRemoved"; wasSecondaryAdmin: boolean }
  | { kind: "classicUserAdded" }
  | { kind: "classicUserRemoved" };

export type RoleChangeEffects = {
  /** Changes in the OTHER view: none, except CL-5 (HY-3). */
  otherView: SideEffect[];
  /** Follow-on changes in the same view (UM-2, UM-10). */
  sameView: SideEffect[];
  /** Roles the change explicitly leaves alone, with the rule that says so. */
  unchanged: { rule: RuleId; role: string }[];
};

export function roleChangeEffects(change: RoleChange): RoleChangeEffects {
  const none: SideEffect[] = [];
  switch (change.kind) {
    case "primaryAdminChanged":
      return {
        otherView: none,
        sameView: [{ rule: "UM-2", effect: "Former primary admin becomes a secondary admin" }],
        unchanged: [
          { rule: "UM-8", role: "contract managers" },
          { rule: "CL-11", role: "contract managers" },
        ],
      };
    case "secondaryAdminAdded":
    case "secondaryAdminRemoved":
      return { otherView: none, sameView: none, unchanged: [{ rule: "CL-10", role: "software coordinators" }] };
    case "softwareCoordinatorChanged":
      return { otherView: none, sameView: none, unchanged: [{ rule: "CL-10", role: "secondary admins" }] };
    case "contractManagerChanged":
      return {
        otherView: change.cl5.secondaryAdmin === "added" ? change.cl5.sideEffects : none,
        sameView: none,
        unchanged: [
          { rule: "CL-11", role: "primary admin" },
          { rule: "CL-5", role: "the former contract manager's other roles" },
        ],
      };
    case "namedUserAdded":
      return { otherView: none, sameView: none, unchanged: [{ rule: "HY-2", role: "classic users" }] };
    case "namedUserRemoved":
      return {
        otherView: none,
        sameView: [
          { rule: "UM-10", effect: "Their product assignments are removed" },
          ...(change.wasSecondaryAdmin ? [{ rule: "UM-10" as const, effect: "Their secondary-admin role is removed" }] : []),
        ],
        unchanged: [{ rule: "HY-2", role: "classic users" }],
      };
    case "classicUserAdded":
    case "classicUserRemoved":
      return { otherView: none, sameView: none, unchanged: [{ rule: "HY-2", role: "named users" }] };
  }
}

// ---------------------------------------------------------------- UM-1, UM-2

export type AdminEntry = { personId: string; role: AdminRole };

/**
 * UM-2 Decision: the new primary admin is one of the secondary admins, and the former
 * primary admin becomes a secondary admin, so the account keeps exactly one (UM-1).
 * Throws when `newPrimaryId` is not a secondary admin (decide refuses that first).
 */
export function swapPrimaryAdmin(admins: readonly AdminEntry[], newPrimaryId: string): AdminEntry[] {
  const target = admins.find((a) => a.personId === newPrimaryId);
  if (!target || target.role !== "secondary") throw new Error("UM-2: the new primary admin must be a secondary admin of the account");
  return admins.map((a) => ({
    personId: a.personId,
    role: a.personId === newPrimaryId ? "primary" : "secondary",
  }));
}
