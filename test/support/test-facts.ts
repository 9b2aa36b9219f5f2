/**
 * Fact builders for the policy's table tests: plain objects, no database. Defaults
 * describe a hybrid account ACC with classic contracts C1, C2 and named contract CN, and
 * a hub HUB of ACC with project P.
 */
import { expect, it } from "vitest";
import type { ActionKey } from "@/lib/permissions/catalog";
import { decide } from "@/lib/permissions/decide";
import type { Decision } from "@/lib/permissions/decision";
import type { RuleId } from "@/lib/permissions/rules";
import type {
  AccountInfo,
  AccountPersonResource,
  AccountResource,
  ActorAccountFacts,
  ActorFacts,
  ContractInfo,
  ContractResource,
  HubInfo,
  HubRole,
  LegacyVisibility,
  ProjectInfo,
  ProjectResource,
  ProjectRole,
  ResourceFor,
  TargetPersonFacts,
} from "@/lib/permissions/types";

export const ACC = "acct-1";
export const OTHER_ACC = "acct-2";
export const C1 = "contract-classic-1";
export const C2 = "contract-classic-2";
export const CN = "contract-named-1";
export const HUB = "hub-1";
export const HUB2 = "hub-2";
export const P = "project-1";

export const hybrid: AccountInfo = { accountId: ACC, hasNamedContract: true, hasClassicContract: true };
export const namedOnly: AccountInfo = { ...hybrid, hasClassicContract: false };
export const classicOnly: AccountInfo = { ...hybrid, hasNamedContract: false };

export function inAccount(roles: Partial<ActorAccountFacts>, personId = "me"): ActorFacts {
  return {
    personId,
    account: { accountId: ACC, adminRole: null, ssoAdmin: false, namedUser: false, classicUser: false, contractRoles: [], ...roles },
    hub: null,
    project: null,
  };
}

const management = (contractId: string) => (contractId === CN ? "named" : "classic") as "named" | "classic";

export const primary = inAccount({ adminRole: "primary", namedUser: true });
export const secondary = inAccount({ adminRole: "secondary", namedUser: true });
export const ssoAdmin = inAccount({ ssoAdmin: true });
export const namedUser = inAccount({ namedUser: true });
export const classicUser = inAccount({ classicUser: true });
export const managerOf = (...ids: string[]) => inAccount({ contractRoles: ids.map((contractId) => ({ contractId, management: management(contractId), role: "manager" as const })) });
export const coordinatorOf = (...ids: string[]) => inAccount({ contractRoles: ids.map((contractId) => ({ contractId, management: "classic" as const, role: "coordinator" as const })) });
/** The primary admin of ANOTHER account: has roles, but none in ACC. */
export const otherAccountAdmin: ActorFacts = { ...inAccount({ adminRole: "primary", namedUser: true }, "other"), account: { accountId: OTHER_ACC, adminRole: "primary", ssoAdmin: true, namedUser: true, classicUser: false, contractRoles: [] } };
export const nobody: ActorFacts = { personId: "nobody", account: null, hub: null, project: null };

export const accountRes = (account: AccountInfo = hybrid): AccountResource => ({ kind: "account", account });
export const person = (over: Partial<TargetPersonFacts> = {}): TargetPersonFacts => ({ personId: "target", namedUser: true, adminRole: null, ssoAdmin: false, adminOfOtherAccount: false, hasSignedIn: false, inOtherAccount: false, ...over });
export const personRes = (over: Partial<TargetPersonFacts> = {}, account: AccountInfo = hybrid): AccountPersonResource => ({ kind: "accountPerson", account, target: person(over) });

export const contract = (contractId = C1, over: Partial<ContractInfo> = {}): ContractInfo => ({
  contractId,
  accountId: ACC,
  management: management(contractId),
  channel: "online",
  hasCoordinator: management(contractId) === "classic",
  ...over,
});
export const contractRes = (contractId = C1, over: Partial<ContractInfo> = {}): ContractResource => ({ kind: "contract", account: hybrid, contract: contract(contractId, over) });

export const hub = (over: Partial<HubInfo> = {}): HubInfo => ({ hubId: HUB, accountId: ACC, invitationMode: "admins_only", activeHubAdminCount: 2, ...over });

type HubOpts = { active?: boolean; projectRole?: ProjectRole | null; adminOfAnyProject?: boolean; hubId?: string; personId?: string };
export function inHub(role: HubRole, o: HubOpts = {}): ActorFacts {
  return {
    personId: o.personId ?? "me",
    account: null,
    hub: { hubId: o.hubId ?? HUB, role, active: o.active ?? true, adminOfAnyProject: o.adminOfAnyProject ?? false },
    project: o.projectRole ? { projectId: P, role: o.projectRole } : null,
  };
}
export const hubAdmin = (o: HubOpts = {}) => inHub("hub_admin", o);
export const hubMember = (o: HubOpts = {}) => inHub("hub_member", o);
export const contributor = (o: HubOpts = {}) => inHub("project_contributor", o);

export const folder = (memberCount = 10): ProjectInfo => ({ projectId: P, hubId: HUB, memberCount, kind: "folder", visibility: null });
export const legacy = (visibility: LegacyVisibility, memberCount = 10): ProjectInfo => ({ projectId: P, hubId: HUB, memberCount, kind: "legacy", visibility });
export const projectRes = (project: ProjectInfo = folder()): ProjectResource => ({ kind: "project", hub: hub(), project });

/** One row of a decision table. The title must name the rule it expects, so grep finds it. */
export type Case = { title: string; allowed: boolean; rule: RuleId; visible: boolean; run: () => Decision };

export function when<K extends ActionKey>(
  title: string,
  actor: ActorFacts,
  action: K,
  resource: ResourceFor<K>,
  expected: { allowed: boolean; rule: RuleId; visible?: boolean },
): Case {
  if (!new RegExp(`(^|\\W)${expected.rule}(?!\\d)`).test(title)) throw new Error(`Test title "${title}" must name ${expected.rule}`);
  return { title, allowed: expected.allowed, rule: expected.rule, visible: expected.visible ?? true, run: () => decide(actor, action, resource) };
}

export const yes = (rule: RuleId) => ({ allowed: true, rule });
export const no = (rule: RuleId) => ({ allowed: false, rule });
/** Refused as "not found": the actor may not know the resource exists. */
export const notFound = (rule: RuleId) => ({ allowed: false, rule, visible: false });

/** Runs a decision table: one test per row, asserting allowed, rule, visibility and that the reason names the rule. */
export function decisionTable(cases: readonly Case[]): void {
  it.each(cases)("$title", (c) => {
    const d = c.run();
    expect({ allowed: d.allowed, rule: d.rule, visible: d.visible }).toEqual({ allowed: c.allowed, rule: c.rule, visible: c.visible });
    expect(d.reason.endsWith(`(${c.rule}).`)).toBe(true);
  });
}
