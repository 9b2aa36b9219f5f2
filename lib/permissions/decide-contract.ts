import { allow, deny, hidden, type Decision } from "./decision";
import { accountRoles, isDecision, notYourAccount, type Handler, type Handlers } from "./decide-common";
import type { AccountInfo, ActorAccountFacts, ActorFacts, ContractInfo } from "./types";

type ContractAccess = { a: ActorAccountFacts; manager: boolean; coordinator: boolean };

/**
 * Who sees a contract (UM-7, CL-8): its manager, its coordinator, the primary admin
 * (every contract, read-only), secondary admins (named contracts only, per UM-7's
 * Decision). Everyone else gets "not found", so guessing contract URLs reveals nothing.
 */
function contractAccess(actor: ActorFacts, account: AccountInfo, contract: ContractInfo): ContractAccess | Decision {
  const a = accountRoles(actor, account);
  if (!a || contract.accountId !== account.accountId) return notYourAccount();
  const mine = a.contractRoles.filter((c) => c.contractId === contract.contractId);
  const manager = mine.some((c) => c.role === "manager");
  const coordinator = mine.some((c) => c.role === "coordinator");
  if (manager || coordinator || a.adminRole === "primary") return { a, manager, coordinator };
  if (a.adminRole === "secondary" && contract.management === "named") return { a, manager, coordinator };
  if (a.contractRoles.some((c) => c.role === "coordinator")) return hidden("CL-8", "A software coordinator sees only the contracts they coordinate");
  if (a.adminRole === "secondary") return hidden("UM-7", "Classic contracts are not secondary admins' to see unless they are also that contract's manager or coordinator");
  return hidden("UM-7", "This contract is seen only by its manager, its coordinator and the account's admins");
}

type Body = (x: ContractAccess, contract: ContractInfo) => Decision;

function onContract(body: Body): Handler<"contract"> {
  return (actor, r) => {
    const x = contractAccess(actor, r.account, r.contract);
    return isDecision(x) ? x : body(x, r.contract);
  };
}

/**
 * Why a visible non-manager cannot do a manager-only thing. Only reached once the actor may
 * see the contract, so the refusal may name its manager: the admin then knows whom to ask.
 * An admin is refused by the rule that gives the thing to the manager: UM-6 for billing and
 * renewal, CL-4 for handing the role over, CL-6 for the software coordinator.
 */
function notManager(x: ContractAccess, contract: ContractInfo, what: string, adminRule: "UM-6" | "CL-4" | "CL-6"): Decision {
  if (x.a.adminRole && contract.managerName) return deny(adminRule, `Only the contract manager, ${contract.managerName}, ${what}`);
  if (x.a.adminRole) return deny(adminRule, `Account admins do not manage billing, renewal or contract roles: only the contract manager ${what}`);
  if (x.coordinator) return deny("CL-8", "A software coordinator manages no billing, renewal or role");
  return deny("CL-3", `Only the contract manager ${what}`);
}

function classicUsers(what: string): Handler<"contract"> {
  return onContract((x, c) => {
    if (c.management === "named") return deny("HY-2", "A named contract's users are managed in User Management, not in Classic User Management");
    if (x.manager) return allow("CL-3", `The contract manager manages the contract's ${what}`);
    if (x.coordinator) return allow("CL-8", `The software coordinator manages the ${what} of the contracts they coordinate`);
    if (x.a.adminRole === "primary") return deny("UM-7", "The primary admin sees classic contracts read-only");
    return deny("CL-3", `Only the contract manager and the software coordinator manage the contract's ${what}`);
  });
}

export const contractHandlers = {
  "contracts.viewList": (actor, r) => {
    const a = accountRoles(actor, r.account);
    if (!a) return notYourAccount();
    if (a.adminRole === "primary") return allow("UM-7", "The primary admin sees every contract of the account, read-only in Classic User Management");
    if (a.contractRoles.some((c) => c.role === "manager")) return allow("CL-3", "Contract managers see their contracts");
    if (a.contractRoles.length > 0) return allow("CL-8", "Software coordinators see the contracts they coordinate");
    if (a.adminRole === "secondary") return allow("UM-7", "Secondary admins see the account's named contracts, read-only");
    return deny("UM-7", "Contracts are seen by their managers and coordinators and by the account's admins");
  },
  "contracts.view": onContract((x, c) => {
    if (x.manager) return allow("CL-3", "The contract manager sees their contract");
    if (x.coordinator) return allow("CL-8", "A software coordinator sees the contracts they coordinate");
    if (x.a.adminRole === "primary") return allow("UM-7", "The primary admin sees every contract of the account");
    return allow("UM-7", `Secondary admins see the account's ${c.management} contracts, read-only`);
  }),
  "contracts.manageBilling": onContract((x, c) =>
    x.manager ? allow("CL-3", "The contract manager manages renewal and billing") : notManager(x, c, "manages renewal and billing", "UM-6"),
  ),
  "contracts.changeManager": (actor, r) => {
    const x = contractAccess(actor, r.account, r.contract);
    if (isDecision(x)) return x;
    if (!x.manager) return notManager(x, r.contract, "hands over the contract manager role", "CL-4");
    if (!r.newManager) return deny("CL-1", "A contract always has one contract manager: name the new one to hand the role over");
    if (r.newManager.isCurrentManager) return deny("CL-4", "This person is already the contract's manager");
    return allow("CL-4", "The contract manager hands the role to another person, who is sent a confirmation");
  },
  "contracts.assignCoordinator": onContract((x, c) => {
    if (!x.manager) return notManager(x, c, "assigns the software coordinator", "CL-6");
    if (c.management !== "classic") return deny("CL-6", "Only classic contracts have a software coordinator");
    return allow("CL-6", "The contract manager assigns or replaces the contract's one software coordinator");
  }),
  "contracts.removeCoordinator": onContract((x, c) => {
    if (!x.manager) return notManager(x, c, "removes the software coordinator", "CL-6");
    if (!c.hasCoordinator) return deny("CL-6", "This contract has no software coordinator to remove");
    return allow("CL-6", "The contract manager removes the software coordinator");
  }),
  "contracts.previewMoveToNamed": onContract((x, c) => {
    if (c.management !== "classic") return deny("CL-6", "Only a classic contract can be moved to User Management");
    if (x.manager) return allow("CL-3", "The contract manager previews moving their contract to User Management");
    if (x.a.adminRole === "primary") return allow("UM-7", "The primary admin previews moving a classic contract to User Management");
    return deny("CL-3", "Only the contract manager and the primary admin preview moving a contract to User Management");
  }),
  "contracts.viewMismatches": (actor, r) => {
    const a = accountRoles(actor, r.account);
    if (!a) return notYourAccount();
    if (a.adminRole === "primary") return allow("UM-7", "The primary admin sees where the two views differ across the whole account");
    if (a.contractRoles.some((c) => c.role === "manager")) return allow("CL-3", "A contract manager sees where the two views differ for their contracts");
    return deny("UM-7", "The mismatch report is the primary admin's (whole account) and the contract managers' (their contracts)");
  },
  "contracts.manageClassicUsers": classicUsers("classic users"),
  "contracts.manageClassicAccess": classicUsers("classic users' access to its products"),

  "activity.viewContract": onContract((x) =>
    x.manager ? allow("AU-2", "The contract manager sees the contract's activity log") : deny("AU-2", "Only the contract manager sees a contract's activity log"),
  ),
} satisfies Partial<Handlers>;
