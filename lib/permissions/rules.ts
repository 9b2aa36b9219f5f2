/**
 * The rule catalogue of /work/shared/RULES.md as data. Every decision names one of these
 * IDs; tests name them in their titles so coverage can be grepped.
 */
export type RuleArea =
  | "hybrid"
  | "purchases"
  | "user-management"
  | "classic"
  | "hubs"
  | "folder-projects"
  | "legacy-projects"
  | "project-roles"
  | "audit"
  | "email";

export const RULE_AREA_LABELS: Record<RuleArea, string> = {
  hybrid: "Hybrid accounts",
  purchases: "Purchases",
  "user-management": "User Management",
  classic: "Classic User Management",
  hubs: "Hubs",
  "folder-projects": "Folder-level projects",
  "legacy-projects": "Legacy projects",
  "project-roles": "Project roles",
  audit: "Audit",
  email: "Email",
};

export const RULES = [
  { id: "HY-1", area: "hybrid", title: "Views follow the account's contracts" },
  { id: "HY-2", area: "hybrid", title: "Each view keeps its own users" },
  { id: "HY-3", area: "hybrid", title: "A role in one view grants nothing in the other" },
  { id: "PU-1", area: "purchases", title: "The purchaser manages the contract" },
  { id: "PU-2", area: "purchases", title: "First named purchaser becomes primary admin" },
  { id: "PU-3", area: "purchases", title: "Purchase confirmations go to the contract manager" },
  { id: "UM-1", area: "user-management", title: "Exactly one primary admin" },
  { id: "UM-2", area: "user-management", title: "Admins change the primary admin" },
  { id: "UM-3", area: "user-management", title: "Admins add and remove secondary admins" },
  { id: "UM-4", area: "user-management", title: "Admin of one account at most" },
  { id: "UM-5", area: "user-management", title: "Admins manage named users and their software" },
  { id: "UM-6", area: "user-management", title: "Admins do not manage billing or renewal" },
  { id: "UM-7", area: "user-management", title: "Who sees which contracts and users" },
  { id: "UM-8", area: "user-management", title: "A new primary admin leaves contract managers alone" },
  { id: "UM-9", area: "user-management", title: "Named seats are limited" },
  { id: "UM-10", area: "user-management", title: "The primary admin is reassigned, never removed" },
  { id: "CL-1", area: "classic", title: "Exactly one contract manager" },
  { id: "CL-2", area: "classic", title: "Contract manager of many contracts" },
  { id: "CL-3", area: "classic", title: "The contract manager runs the contract" },
  { id: "CL-4", area: "classic", title: "The contract manager hands the role over" },
  { id: "CL-5", area: "classic", title: "A new contract manager becomes secondary admin" },
  { id: "CL-6", area: "classic", title: "At most one software coordinator" },
  { id: "CL-7", area: "classic", title: "Software coordinator of many contracts" },
  { id: "CL-8", area: "classic", title: "Software coordinators see only their contracts" },
  { id: "CL-9", area: "classic", title: "Release emails go to the software coordinator" },
  { id: "CL-10", area: "classic", title: "Coordinator and secondary admins are independent" },
  { id: "CL-11", area: "classic", title: "Contract manager and primary admin are independent" },
  { id: "CL-12", area: "classic", title: "Classic seats are limited" },
  { id: "HB-1", area: "hubs", title: "Who creates hubs" },
  { id: "HB-2", area: "hubs", title: "The creator is the first hub administrator" },
  { id: "HB-3", area: "hubs", title: "Hub administrators control the hub" },
  { id: "HB-4", area: "hubs", title: "One hub role per person" },
  { id: "HB-5", area: "hubs", title: "The role an accepted invitation gives" },
  { id: "HB-6", area: "hubs", title: "Only hub administrators invite and change roles" },
  { id: "HB-7", area: "hubs", title: "Pending and sent invitations" },
  { id: "HB-8", area: "hubs", title: "Deactivation and the last hub administrator" },
  { id: "HB-9", area: "hubs", title: "The hub role decides project rights" },
  { id: "HB-10", area: "hubs", title: "Allowed hub role changes" },
  { id: "FP-1", area: "folder-projects", title: "Project Contributors work in their projects" },
  { id: "FP-2", area: "folder-projects", title: "Project Contributors see only their projects" },
  { id: "FP-3", area: "folder-projects", title: "Contributor project admins: no groups, no transfer" },
  { id: "FP-4", area: "folder-projects", title: "Hub Members join and create projects" },
  { id: "LP-1", area: "legacy-projects", title: "Open, Closed or Secret" },
  { id: "LP-2", area: "legacy-projects", title: "No Project Contributors in Open projects" },
  { id: "LP-3", area: "legacy-projects", title: "Project Contributors cannot create or administer" },
  { id: "LP-4", area: "legacy-projects", title: "A Project Contributor can become a Hub Member" },
  { id: "LP-5", area: "legacy-projects", title: "What Hub Members do in legacy projects" },
  { id: "LP-6", area: "legacy-projects", title: "Secret projects are visible to members" },
  { id: "PR-1", area: "project-roles", title: "Project Administrator, Editor, Viewer" },
  { id: "PR-2", area: "project-roles", title: "Join requests" },
  { id: "PR-3", area: "project-roles", title: "Invite with a role no higher than yours" },
  { id: "PR-4", area: "project-roles", title: "Groups" },
  { id: "PR-5", area: "project-roles", title: "Transferring a project" },
  { id: "PR-6", area: "project-roles", title: "At most 500 members per project" },
  { id: "AU-1", area: "audit", title: "One audit event per change" },
  { id: "AU-2", area: "audit", title: "Admins see the log of what they administer" },
  { id: "EM-1", area: "email", title: "Every email goes through the outbox" },
] as const satisfies readonly { id: string; area: RuleArea; title: string }[];

export type RuleId = (typeof RULES)[number]["id"];
export type Rule = { id: RuleId; area: RuleArea; title: string };

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const byId = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function isRuleId(value: string): value is RuleId {
  return byId.has(value);
}

export function ruleById(id: RuleId): Rule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return rule;
}
