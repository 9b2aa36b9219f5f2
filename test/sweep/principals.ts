/**
 * The thirteen principals of the authorization sweep (issue 14), in the order of the
 * expected table's columns. Each signed-in principal holds exactly the role its label says
 * in the sweep's targets (test/sweep/world.ts builds them and checks it), so a column reads
 * as "what this role alone may do".
 */
export const PRINCIPALS = [
  { key: "signedOut", label: "signed out", holds: "no session: the door itself must refuse (server action → sign-in, route → 401)" },
  { key: "noRole", label: "person with no role", holds: "signed in, belongs to no account and no hub (a pending hub invitation is addressed to them)" },
  { key: "namedUser", label: "named user", holds: "a named user of the target account, nothing else" },
  { key: "secondaryAdmin", label: "secondary admin", holds: "a secondary admin (and named user) of the target account" },
  { key: "primaryAdmin", label: "primary admin", holds: "the primary admin (and named user) of the target account; no hub role" },
  { key: "ssoAdmin", label: "SSO admin", holds: "an SSO admin of the target account (the demo's Sam), nothing else" },
  { key: "contractManager", label: "contract manager", holds: "the target contract's manager (the demo's Daniel; he manages two more contracts of the account)" },
  { key: "otherCoordinator", label: "software coordinator of another contract", holds: "the software coordinator of another classic contract of the target account" },
  { key: "hubAdmin", label: "hub administrator", holds: "a Hub Administrator of the target hub (and of the transfer destination), no project role, no account role" },
  { key: "hubMember", label: "Hub Member", holds: "a Hub Member of the target hub and the destination, Project Administrator of the target project, no account role" },
  { key: "projectContributor", label: "Project Contributor", holds: "a Project Contributor, Editor of the target project (the demo's Zoe), no account role" },
  { key: "deactivatedMember", label: "deactivated member", holds: "a deactivated Hub Member who keeps Editor of the target project, no account role" },
  { key: "otherAccountAdmin", label: "admin of another account", holds: "the primary admin of another account (the demo's Grace of Contoso)" },
] as const;

export type PrincipalKey = (typeof PRINCIPALS)[number]["key"];
export type SignedInPrincipal = Exclude<PrincipalKey, "signedOut">;

export const PRINCIPAL_KEYS: readonly PrincipalKey[] = PRINCIPALS.map((p) => p.key);
