import { ACTION_GROUPS, CATALOG, type ActionGroup, type CatalogEntry } from "@/lib/permissions/catalog";
import { decide } from "@/lib/permissions/decide";
import type { AccessFacts } from "@/lib/permissions/facts";
import type { RuleId } from "@/lib/permissions/rules";
import type { TargetPersonFacts } from "@/lib/permissions/types";

/**
 * "Access explained": what one person can and cannot do in an account, and which rule says
 * so. Every line is the policy's own answer (`decide`) for that person's facts, so the page
 * shows exactly what is enforced. Pure: the page loads the facts (lib/permissions/facts/access.ts).
 */
export type AccessLine = { key: string; label: string; allowed: boolean; rule: RuleId; reason: string };
export type AccessSection = { group: ActionGroup | "contract" | "person"; title: string; lines: AccessLine[] };

type AccountEntry = Extract<CatalogEntry, { resource: "account" }>;
type PersonEntry = Extract<CatalogEntry, { resource: "accountPerson" }>;

const ACCOUNT_ACTIONS = CATALOG.filter((e): e is AccountEntry => e.resource === "account");
/** Actions on someone else in the account, asked about two typical people. */
const PERSON_ACTIONS: readonly PersonEntry["key"][] = ["namedUsers.edit", "namedUsers.assignProduct", "namedUsers.unassignProduct", "namedUsers.remove", "admins.addSecondary", "admins.grantSso"];
const CONTRACT_ACTIONS = [
  ["contracts.view", "Open"],
  ["contracts.manageClassicUsers", "Add or remove classic users of"],
  ["contracts.manageBilling", "Manage renewal and billing of"],
] as const;

const someone = (over: Partial<TargetPersonFacts> = {}): TargetPersonFacts => ({ personId: "", namedUser: true, adminRole: null, ssoAdmin: false, adminOfOtherAccount: false, hasSignedIn: false, inOtherAccount: false, ...over });
const TARGETS = [
  { suffix: "(a named user without an admin role)", target: someone() },
  { suffix: "(the primary admin)", target: someone({ adminRole: "primary" }) },
];

const line = (key: string, label: string, d: ReturnType<typeof decide>): AccessLine => ({ key, label, allowed: d.allowed, rule: d.rule, reason: d.reason });

export function explainAccess({ account, contracts, aboutThem }: AccessFacts): AccessSection[] {
  const { actor, resource } = account;
  const byGroup = new Map<ActionGroup, AccessLine[]>();
  const add = (group: ActionGroup, l: AccessLine) => byGroup.set(group, [...(byGroup.get(group) ?? []), l]);
  for (const e of ACCOUNT_ACTIONS) add(e.group, line(e.key, e.label, decide(actor, e.key, resource)));
  for (const key of PERSON_ACTIONS) {
    const entry = CATALOG.find((e) => e.key === key)!;
    // Removing the primary admin is the one case whose answer differs by target (UM-10).
    for (const t of key === "namedUsers.remove" ? TARGETS : TARGETS.slice(0, 1)) {
      add(entry.group, line(`${key}:${t.target.adminRole ?? "user"}`, `${entry.label} ${t.suffix}`, decide(actor, key, { kind: "accountPerson", account: resource.account, target: t.target })));
    }
  }
  const sections: AccessSection[] = ACTION_GROUPS.filter((g) => byGroup.has(g.group)).map((g) => ({ group: g.group, title: g.label, lines: byGroup.get(g.group)! }));
  if (aboutThem) {
    const d = decide(aboutThem.actor, "namedUsers.edit", aboutThem.resource);
    sections.unshift({ group: "person", title: "Their name", lines: [line("name", d.allowed ? "Their name can be edited by this account's admins" : "Their name is their own: read-only here", d)] });
  }
  for (const c of contracts) {
    // Classic users belong to classic contracts only; a named contract has none to manage.
    const actions = CONTRACT_ACTIONS.filter(([key]) => key !== "contracts.manageClassicUsers" || c.facts.resource.contract.management === "classic");
    const lines = actions.map(([key, verb]) => line(`${key}:${c.facts.resource.contract.contractId}`, `${verb} contract ${c.label}`, decide(c.facts.actor, key, c.facts.resource)));
    sections.push({ group: "contract", title: `Contract ${c.label}`, lines });
  }
  return sections;
}
