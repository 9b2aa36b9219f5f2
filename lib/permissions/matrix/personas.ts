import type { ActorAccountFacts, ActorFacts, ContractManagement, ProjectRole } from "../types";

/**
 * The matrix's columns: one representative actor per role, built relative to the
 * situation of a row (which contract, which project role), so "Contract manager" means
 * the manager of the contract the row is about.
 */

export const M = {
  account: "acct-northwind",
  otherAccount: "acct-contoso",
  contract: "contract-classic-1",
  otherContract: "contract-classic-2",
  namedContract: "contract-named-1",
  hub: "hub-design",
  otherHub: "hub-elsewhere",
  project: "project-1",
} as const;

export type MatrixContext = {
  contract: { contractId: string; management: ContractManagement };
  /** The persona's role in the row's project (hub personas only); null = not a member. */
  projectRole: ProjectRole | null;
  /** Project administrator of some project of the hub (PR-4). */
  adminOfAnyProject: boolean;
};

export const DEFAULT_CONTEXT: MatrixContext = {
  contract: { contractId: M.contract, management: "classic" },
  projectRole: null,
  adminOfAnyProject: false,
};

export type MatrixRoleKey =
  | "primaryAdmin"
  | "secondaryAdmin"
  | "ssoAdmin"
  | "namedUser"
  | "classicUser"
  | "contractManager"
  | "coordinatorOwn"
  | "coordinatorOther"
  | "hubAdmin"
  | "hubMember"
  | "projectContributor"
  | "deactivatedMember"
  | "otherAccount";

export type MatrixColumn = { key: MatrixRoleKey; label: string; description: string };

type Persona = MatrixColumn & { actor: (ctx: MatrixContext) => ActorFacts };

function inAccount(personId: string, roles: Partial<ActorAccountFacts>): ActorFacts {
  const account: ActorAccountFacts = { accountId: M.account, adminRole: null, ssoAdmin: false, namedUser: false, classicUser: false, contractRoles: [], ...roles };
  return { personId, account, hub: null, project: null };
}

function inHub(personId: string, role: "hub_admin" | "hub_member" | "project_contributor", active: boolean, ctx: MatrixContext): ActorFacts {
  return {
    personId,
    account: null,
    hub: { hubId: M.hub, role, active, adminOfAnyProject: ctx.adminOfAnyProject },
    project: ctx.projectRole ? { projectId: M.project, role: ctx.projectRole } : null,
  };
}

export const PERSONAS: readonly Persona[] = [
  { key: "primaryAdmin", label: "Primary admin", description: "The account's primary admin (a named user), with no classic or hub role", actor: () => inAccount("p-primary", { adminRole: "primary", namedUser: true }) },
  { key: "secondaryAdmin", label: "Secondary admin", description: "A secondary admin of the account", actor: () => inAccount("p-secondary", { adminRole: "secondary", namedUser: true }) },
  { key: "ssoAdmin", label: "SSO admin", description: "An SSO admin of the account, with no other role", actor: () => inAccount("p-sso", { ssoAdmin: true }) },
  { key: "namedUser", label: "Named user", description: "A named user with no admin role", actor: () => inAccount("p-named", { namedUser: true }) },
  { key: "classicUser", label: "Classic user", description: "A classic user of a contract, with no admin, contract or hub role", actor: () => inAccount("p-classic", { classicUser: true }) },
  {
    key: "contractManager",
    label: "Contract manager",
    description: "The contract manager of the contract in question, with no admin role",
    actor: (ctx) => inAccount("p-cm", { contractRoles: [{ ...ctx.contract, role: "manager" }] }),
  },
  {
    key: "coordinatorOwn",
    label: "Software coordinator (this contract)",
    description: "The software coordinator of the contract in question (named contracts have none, so there: of another contract)",
    actor: (ctx) =>
      inAccount("p-sc", {
        contractRoles: [ctx.contract.management === "classic" ? { ...ctx.contract, role: "coordinator" } : { contractId: M.otherContract, management: "classic", role: "coordinator" }],
      }),
  },
  {
    key: "coordinatorOther",
    label: "Software coordinator (other contract)",
    description: "The software coordinator of another contract of the same account",
    actor: () => inAccount("p-sc-other", { contractRoles: [{ contractId: M.otherContract, management: "classic", role: "coordinator" }] }),
  },
  { key: "hubAdmin", label: "Hub Administrator", description: "An active Hub Administrator, with no account role", actor: (ctx) => inHub("p-hub-admin", "hub_admin", true, ctx) },
  { key: "hubMember", label: "Hub Member", description: "An active Hub Member", actor: (ctx) => inHub("p-hub-member", "hub_member", true, ctx) },
  { key: "projectContributor", label: "Project Contributor", description: "An active Project Contributor", actor: (ctx) => inHub("p-contributor", "project_contributor", true, ctx) },
  { key: "deactivatedMember", label: "Deactivated member", description: "A deactivated Hub Member", actor: (ctx) => inHub("p-deactivated", "hub_member", false, ctx) },
  {
    key: "otherAccount",
    label: "Another account's admin",
    description: "The primary admin of another account, Hub Administrator of that account's hub",
    actor: () => ({
      personId: "p-other",
      account: { accountId: M.otherAccount, adminRole: "primary", ssoAdmin: true, namedUser: true, classicUser: false, contractRoles: [{ contractId: "contract-other", management: "named", role: "manager" }] },
      hub: { hubId: M.otherHub, role: "hub_admin", active: true, adminOfAnyProject: true },
      project: null,
    }),
  },
];
