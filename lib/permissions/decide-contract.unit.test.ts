import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import type { ContractManagerChangeResource, NewManagerFacts } from "./types";
import {
  accountRes,
  C1,
  C2,
  CN,
  contract,
  contractRes,
  coordinatorOf,
  decisionTable,
  hybrid,
  inAccount,
  managerOf,
  no,
  notFound,
  otherAccountAdmin,
  primary,
  secondary,
  ssoAdmin,
  when,
  yes,
} from "@/test/support/test-facts";

const newManager = (over: Partial<NewManagerFacts> = {}): NewManagerFacts => ({ personId: "target", isCurrentManager: false, namedUser: false, adminRole: null, adminOfOtherAccount: false, ...over });
const handOver = (to: NewManagerFacts | null, contractId = C1): ContractManagerChangeResource => ({ kind: "contractManagerChange", account: hybrid, contract: contract(contractId), newManager: to });
/** A secondary admin who is also the coordinator of C1: roles from both views, each counted on its own. */
const secondaryAndCoordinator = inAccount({ adminRole: "secondary", namedUser: true, contractRoles: [{ contractId: C1, management: "classic", role: "coordinator" }] });

describe("UM-7 who sees which contract", () => {
  decisionTable([
    when("UM-7 primary admin sees a classic contract", primary, "contracts.view", contractRes(C1), yes("UM-7")),
    when("UM-7 primary admin sees a named contract", primary, "contracts.view", contractRes(CN), yes("UM-7")),
    when("UM-7 secondary admin sees a named contract", secondary, "contracts.view", contractRes(CN), yes("UM-7")),
    when("UM-7 Decision: a classic contract is not found for a secondary admin", secondary, "contracts.view", contractRes(C1), notFound("UM-7")),
    when("UM-7 Decision: a secondary admin who coordinates the contract sees it (CL-8)", secondaryAndCoordinator, "contracts.view", contractRes(C1), yes("CL-8")),
    when("UM-7 Decision: ...but not another classic contract (CL-8)", secondaryAndCoordinator, "contracts.view", contractRes(C2), notFound("CL-8")),
    when("UM-7 nobody sees another account's contract", otherAccountAdmin, "contracts.view", contractRes(C1), notFound("UM-7")),
    when("UM-7 an SSO admin does not find contracts", ssoAdmin, "contracts.view", contractRes(C1), notFound("UM-7")),
    when("UM-7 facts of a contract from another account never match", primary, "contracts.view", { kind: "contract", account: hybrid, contract: contract(C1, { accountId: "acct-2" }) }, notFound("UM-7")),
    when("UM-7 primary admin manages no classic users (read-only)", primary, "contracts.manageClassicUsers", contractRes(C1), no("UM-7")),
  ]);
});

describe("UM-6 and CL-3 renewal and billing", () => {
  decisionTable([
    when("CL-3 contract manager may manage billing", managerOf(C1), "contracts.manageBilling", contractRes(C1), yes("CL-3")),
    when("CL-3 contract manager of a named contract manages its billing", managerOf(CN), "contracts.manageBilling", contractRes(CN), yes("CL-3")),
    when("UM-6 primary admin does not manage billing or renewal", primary, "contracts.manageBilling", contractRes(C1), no("UM-6")),
    when("UM-6 secondary admin does not manage billing of a named contract", secondary, "contracts.manageBilling", contractRes(CN), no("UM-6")),
    when("CL-8 software coordinator manages no billing", coordinatorOf(C1), "contracts.manageBilling", contractRes(C1), no("CL-8")),
    when("CL-3 contract manager manages the classic users", managerOf(C1), "contracts.manageClassicUsers", contractRes(C1), yes("CL-3")),
    when("CL-3 contract manager manages classic users' product access", managerOf(C1), "contracts.manageClassicAccess", contractRes(C1), yes("CL-3")),
    when("CL-3 contract manager sees their contract", managerOf(C1), "contracts.view", contractRes(C1), yes("CL-3")),
    when("HY-2 a named contract's users are not managed in Classic User Management", managerOf(CN), "contracts.manageClassicUsers", contractRes(CN), no("HY-2")),
  ]);
});

describe("CL-2 and CL-7 one person, many contracts", () => {
  decisionTable([
    when("CL-2 manager of two contracts manages billing of the first (CL-3)", managerOf(C1, C2), "contracts.manageBilling", contractRes(C1), yes("CL-3")),
    when("CL-2 manager of two contracts manages billing of the second (CL-3)", managerOf(C1, C2), "contracts.manageBilling", contractRes(C2), yes("CL-3")),
    when("CL-7 coordinator of two contracts manages users of the first (CL-8)", coordinatorOf(C1, C2), "contracts.manageClassicUsers", contractRes(C1), yes("CL-8")),
    when("CL-7 coordinator of two contracts manages users of the second (CL-8)", coordinatorOf(C1, C2), "contracts.manageClassicUsers", contractRes(C2), yes("CL-8")),
  ]);
});

describe("CL-8 software coordinators see only their contracts", () => {
  decisionTable([
    when("CL-8 coordinator sees their contract", coordinatorOf(C1), "contracts.view", contractRes(C1), yes("CL-8")),
    when("CL-8 coordinator manages their contract's classic users", coordinatorOf(C1), "contracts.manageClassicUsers", contractRes(C1), yes("CL-8")),
    when("CL-8 coordinator manages their contract's product access", coordinatorOf(C1), "contracts.manageClassicAccess", contractRes(C1), yes("CL-8")),
    when("CL-8 another contract is not found for a coordinator", coordinatorOf(C1), "contracts.view", contractRes(C2), notFound("CL-8")),
    when("CL-8 the named contract is not found for a coordinator", coordinatorOf(C1), "contracts.view", contractRes(CN), notFound("CL-8")),
    when("CL-8 coordinator cannot manage users of another contract", coordinatorOf(C1), "contracts.manageClassicUsers", contractRes(C2), notFound("CL-8")),
    when("CL-8 coordinator manages no role: cannot hand over the contract manager role", coordinatorOf(C1), "contracts.changeManager", handOver(newManager()), no("CL-8")),
    when("CL-8 coordinator manages no role: cannot replace the coordinator", coordinatorOf(C1), "contracts.assignCoordinator", contractRes(C1), no("CL-8")),
    when("CL-8 coordinator sees the Classic User Management view", coordinatorOf(C1), "account.viewClassic", accountRes(), yes("CL-8")),
    when("CL-8 coordinator sees the contracts list", coordinatorOf(C1), "contracts.viewList", accountRes(), yes("CL-8")),
    when("CL-8 a contract manager of one contract does not find another (UM-7)", managerOf(C1), "contracts.view", contractRes(C2), notFound("UM-7")),
  ]);
});

describe("CL-1 and CL-4 handing over the contract manager role", () => {
  decisionTable([
    when("CL-4 contract manager hands the role to another person", managerOf(C1), "contracts.changeManager", handOver(newManager()), yes("CL-4")),
    when("CL-4 handing the role to an admin of another account still happens (CL-5 skips its step)", managerOf(C1), "contracts.changeManager", handOver(newManager({ adminOfOtherAccount: true })), yes("CL-4")),
    when("CL-4 handing the role to the current manager is refused", managerOf(C1), "contracts.changeManager", handOver(newManager({ isCurrentManager: true })), no("CL-4")),
    when("CL-1 removing the contract manager without a replacement is refused", managerOf(C1), "contracts.changeManager", handOver(null), no("CL-1")),
    when("CL-4 primary admin cannot hand over the contract manager role", primary, "contracts.changeManager", handOver(newManager()), no("CL-4")),
    when("CL-4 manager of another contract does not find this one (UM-7)", managerOf(C2), "contracts.changeManager", handOver(newManager()), notFound("UM-7")),
  ]);
});

describe("CL-6 the software coordinator", () => {
  decisionTable([
    when("CL-6 contract manager assigns the software coordinator", managerOf(C1), "contracts.assignCoordinator", contractRes(C1, { hasCoordinator: false }), yes("CL-6")),
    when("CL-6 contract manager replaces the software coordinator", managerOf(C1), "contracts.assignCoordinator", contractRes(C1), yes("CL-6")),
    when("CL-6 contract manager removes the software coordinator", managerOf(C1), "contracts.removeCoordinator", contractRes(C1), yes("CL-6")),
    when("CL-6 removing a coordinator the contract does not have is refused", managerOf(C1), "contracts.removeCoordinator", contractRes(C1, { hasCoordinator: false }), no("CL-6")),
    when("CL-6 a named contract has no software coordinator", managerOf(CN), "contracts.assignCoordinator", contractRes(CN), no("CL-6")),
    when("CL-6 primary admin does not assign the coordinator", primary, "contracts.assignCoordinator", contractRes(C1), no("CL-6")),
  ]);
});

describe("AU-2 a contract's activity log", () => {
  decisionTable([
    when("AU-2 contract manager sees their contract's activity log", managerOf(C1), "activity.viewContract", contractRes(C1), yes("AU-2")),
    when("AU-2 coordinator does not see the contract's activity log", coordinatorOf(C1), "activity.viewContract", contractRes(C1), no("AU-2")),
    when("AU-2 primary admin sees the account's log, not a contract's", primary, "activity.viewContract", contractRes(C1), no("AU-2")),
    when("AU-2 CL-8 another contract's log is not found", coordinatorOf(C2), "activity.viewContract", contractRes(C1), notFound("CL-8")),
  ]);
});

describe("UM-7 CL-3 the mismatch report", () => {
  decisionTable([
    when("UM-7 the primary admin sees the whole account's mismatches", primary, "contracts.viewMismatches", accountRes(), yes("UM-7")),
    when("CL-3 a contract manager sees their contracts' mismatches", managerOf(C1), "contracts.viewMismatches", accountRes(), yes("CL-3")),
    when("UM-7 a secondary admin does not", secondary, "contracts.viewMismatches", accountRes(), no("UM-7")),
    when("UM-7 a software coordinator does not", coordinatorOf(C1), "contracts.viewMismatches", accountRes(), no("UM-7")),
  ]);
});

describe("CL-3 UM-7 the move-to-User-Management dry run", () => {
  decisionTable([
    when("CL-3 the contract manager previews the move", managerOf(C1), "contracts.previewMoveToNamed", contractRes(C1), yes("CL-3")),
    when("UM-7 the primary admin previews the move", primary, "contracts.previewMoveToNamed", contractRes(C1), yes("UM-7")),
    when("CL-3 the software coordinator does not", coordinatorOf(C1), "contracts.previewMoveToNamed", contractRes(C1), no("CL-3")),
    when("CL-6 a named contract has nothing to move", managerOf(CN), "contracts.previewMoveToNamed", contractRes(CN), no("CL-6")),
  ]);
});

describe("UM-6 a refusal names the contract manager to those who may see the contract", () => {
  const daniel = (contractId: string) => contractRes(contractId, { managerName: "Daniel Weber" });
  it.each([
    ["UM-6 the primary admin is told who manages renewal and billing", primary, "contracts.manageBilling", daniel(C1), "Only the contract manager, Daniel Weber, manages renewal and billing (UM-6)."],
    ["UM-6 a secondary admin is told who manages a named contract's billing", secondary, "contracts.manageBilling", daniel(CN), "Only the contract manager, Daniel Weber, manages renewal and billing (UM-6)."],
    ["CL-6 the primary admin is told who assigns the software coordinator", primary, "contracts.assignCoordinator", daniel(C1), "Only the contract manager, Daniel Weber, assigns the software coordinator (CL-6)."],
  ] as const)("%s", (_title, actor, action, resource, reason) => {
    expect(decide(actor, action, resource)).toMatchObject({ allowed: false, reason });
  });

  it("UM-6 without the manager's name the refusal stays generic", () => {
    expect(decide(primary, "contracts.manageBilling", contractRes(C1)).reason).toBe("Account admins do not manage billing, renewal or contract roles: only the contract manager manages renewal and billing (UM-6).");
  });

  it("UM-7 CL-8 who may not see the contract learns no name: not found, or the coordinator's generic refusal", () => {
    const hiddenFrom = decide(secondary, "contracts.manageBilling", daniel(C1));
    expect(hiddenFrom).toMatchObject({ allowed: false, visible: false });
    expect(hiddenFrom.reason).not.toContain("Daniel");
    expect(decide(coordinatorOf(C1), "contracts.manageBilling", daniel(C1)).reason).not.toContain("Daniel");
  });
});
