import { allow, deny, hidden, type Decision } from "./decision";
import { accountRoles, notYourAccount, type Handler, type Handlers } from "./decide-common";
import type { RuleId } from "./rules";
import type { AccountInfo, AccountPersonResource, ActorAccountFacts, ActorFacts } from "./types";

/**
 * User Management gate (By User, By Product, admins): the account must have it (HY-1)
 * and the actor must be its primary or secondary admin. Non-admins are told which rule
 * keeps them out: a classic role or SSO admin role grants nothing here (HY-3, HB-1).
 * Returns null when the actor passes.
 */
function umGate(actor: ActorFacts, account: AccountInfo, rule: RuleId, denial: string): Decision | null {
  const a = accountRoles(actor, account);
  if (!a) return notYourAccount();
  if (!account.hasNamedContract) return hidden("HY-1", "This account has no named contract, so it has no User Management");
  if (a.adminRole) return null;
  return umDenial(a, rule, denial);
}

function umDenial(a: ActorAccountFacts, rule: RuleId, denial: string): Decision {
  if (a.contractRoles.length > 0) return deny("HY-3", "Contract manager and software coordinator roles grant nothing in User Management");
  if (a.ssoAdmin) return deny("HB-1", "The SSO admin role grants nothing in User Management");
  return deny(rule, denial);
}

/** UM-4's refusal, in the one wording every door shows (the policy, and the database's unique index). */
export const ADMIN_ELSEWHERE = "This person is already an admin of another account, and a person admins one account at most";
const adminElsewhere = (): Decision => deny("UM-4", ADMIN_ELSEWHERE);

function umView(rule: RuleId, text: string, denial: string): Handler<"account"> {
  return (actor, r) => umGate(actor, r.account, rule, denial) ?? allow(rule, text);
}

/** Named-user actions on one person: the gate, then the person must be one of the account's named users. */
function namedUserAction(text: string, check?: (r: AccountPersonResource) => Decision | null): Handler<"accountPerson"> {
  return (actor, r) => {
    const stop = umGate(actor, r.account, "UM-5", "Only the primary admin and secondary admins manage named users");
    if (stop) return stop;
    if (!r.target.namedUser) return hidden("UM-5", "This person is not a named user of this account");
    return check?.(r) ?? allow("UM-5", text);
  };
}

function ssoAction(verb: string): Handler<"account"> {
  return (actor, r) => {
    const a = accountRoles(actor, r.account);
    if (!a) return notYourAccount();
    if (a.adminRole === "primary" || a.ssoAdmin) return allow("HB-1", `The primary admin and SSO admins ${verb} the account's sign-in settings`);
    if (a.adminRole === "secondary") return deny("HB-1", "Secondary admins manage sign-in settings only when the primary admin also makes them SSO admin");
    return deny("HB-1", `Only the primary admin and SSO admins ${verb} the account's sign-in settings`);
  };
}

function ssoRoleAction(grant: boolean): Handler<"accountPerson"> {
  return (actor, r) => {
    const a = accountRoles(actor, r.account);
    if (!a) return notYourAccount();
    if (a.adminRole !== "primary") return deny("HB-1", "Only the primary admin grants or revokes the SSO admin role");
    if (grant && r.target.ssoAdmin) return deny("HB-1", "This person is already an SSO admin");
    if (!grant && !r.target.ssoAdmin) return deny("HB-1", "This person is not an SSO admin");
    return allow("HB-1", grant ? "The primary admin decides who else may create hubs by granting the SSO admin role" : "The primary admin revokes the SSO admin role");
  };
}

export const accountHandlers = {
  "account.viewByUser": umView("UM-7", "Primary and secondary admins see all the account's named users", "By User is for the account's primary and secondary admins"),
  "account.viewByProduct": umView("UM-7", "Primary and secondary admins see all the account's products and their users", "By Product is for the account's primary and secondary admins"),
  "account.viewClassic": (actor, r) => {
    const a = accountRoles(actor, r.account);
    if (!a) return notYourAccount();
    if (!r.account.hasClassicContract) return hidden("HY-1", "This account has no classic contract, so it has no Classic User Management");
    if (a.adminRole === "primary") return allow("UM-7", "The primary admin sees every classic contract, read-only");
    const classic = a.contractRoles.filter((c) => c.management === "classic");
    if (classic.some((c) => c.role === "manager")) return allow("CL-3", "Contract managers manage their contracts in Classic User Management");
    if (classic.length > 0) return allow("CL-8", "Software coordinators see the contracts they coordinate");
    if (a.adminRole === "secondary") return deny("UM-7", "Classic contracts are not secondary admins' to see unless they are also that contract's manager or coordinator");
    return deny("UM-7", "Classic User Management is for the primary admin and the classic contracts' managers and coordinators");
  },

  "namedUsers.view": umView("UM-7", "Primary and secondary admins see all the account's named users", "Only the primary admin and secondary admins see the named users"),
  "namedUsers.add": umView("UM-5", "Primary and secondary admins add named users (to User Management only)", "Only the primary admin and secondary admins add named users"),
  "namedUsers.import": umView("UM-5", "Primary and secondary admins import named users", "Only the primary admin and secondary admins import named users"),
  "namedUsers.bulkChange": umView("UM-5", "Primary and secondary admins change many named users at once; each row is still checked (UM-9, UM-10)", "Only the primary admin and secondary admins change named users"),
  "namedUsers.export": umView("UM-5", "Primary and secondary admins export the named users", "Only the primary admin and secondary admins export named users"),
  // UM-5 Decision: a person is shared by every account they belong to, so the name is the
  // account's to edit only while nobody else could have a say in it.
  "namedUsers.edit": namedUserAction("Primary and secondary admins edit the name of a named user who has never signed in and belongs to no other account", (r) => {
    if (r.target.hasSignedIn) return deny("UM-5", "This person has signed in, so their name is their own: admins see it read-only");
    if (r.target.inOtherAccount) return deny("UM-5", "This person also belongs to another account, so their name is not this account's to change: admins see it read-only");
    return null;
  }),
  "namedUsers.remove": namedUserAction("Primary and secondary admins remove named users, with their products and any secondary-admin role", (r) =>
    r.target.adminRole === "primary" ? deny("UM-10", "The primary admin cannot be removed: make someone else primary admin first") : null,
  ),
  "namedUsers.assignProduct": namedUserAction("Primary and secondary admins assign products to named users"),
  "namedUsers.unassignProduct": namedUserAction("Primary and secondary admins unassign products from named users"),

  "admins.view": umView("UM-7", "Primary and secondary admins see the account's admins", "Only the primary admin and secondary admins see the admins"),
  "admins.changePrimary": (actor, r) => {
    const stop = umGate(actor, r.account, "UM-2", "Only the primary admin and secondary admins change the primary admin");
    if (stop) return stop;
    // Someone outside this account is not found: their roles elsewhere are not this account's to know (UM-7).
    if (!r.target.namedUser) return hidden("UM-7", "This person is not a user of this account");
    if (r.target.adminOfOtherAccount) return adminElsewhere();
    if (r.target.adminRole === "primary") return deny("UM-2", "This person is already the primary admin");
    if (r.target.adminRole !== "secondary") return deny("UM-2", "The new primary admin is chosen among the secondary admins: make this person a secondary admin first");
    return allow("UM-2", "Admins change the primary admin; the former primary admin becomes a secondary admin");
  },
  "admins.addSecondary": (actor, r) => {
    const stop = umGate(actor, r.account, "UM-3", "Only the primary admin and secondary admins add secondary admins");
    if (stop) return stop;
    if (r.target.adminOfOtherAccount) return adminElsewhere();
    if (r.target.adminRole) return deny("UM-3", "This person is already an admin of this account");
    return allow("UM-3", "Primary and secondary admins add secondary admins");
  },
  "admins.removeSecondary": (actor, r) => {
    const stop = umGate(actor, r.account, "UM-3", "Only the primary admin and secondary admins remove secondary admins");
    if (stop) return stop;
    if (r.target.adminRole === "primary") return deny("UM-10", "The primary admin cannot be demoted directly: make someone else primary admin first");
    if (r.target.adminRole !== "secondary") return deny("UM-3", "This person is not a secondary admin");
    return allow("UM-3", "Primary and secondary admins remove secondary admins");
  },
  "admins.grantSso": ssoRoleAction(true),
  "admins.revokeSso": ssoRoleAction(false),

  "sso.view": ssoAction("see"),
  "sso.manage": ssoAction("change"),

  "activity.viewAccount": (actor, r) => {
    const a = accountRoles(actor, r.account);
    if (!a) return notYourAccount();
    if (a.adminRole) return allow("AU-2", "Account admins see the account's activity log");
    return deny("AU-2", "Only the account's admins see its activity log; contract managers see their contracts' logs");
  },

  "hubs.create": (actor, r) => {
    const a = accountRoles(actor, r.account);
    if (!a) return notYourAccount();
    if (a.adminRole || a.ssoAdmin) return allow("HB-1", "The primary admin, secondary admins and SSO admins create hubs");
    return deny("HB-1", "Only the account's primary admin, secondary admins and SSO admins create hubs");
  },

  "permissions.viewMatrix": () => allow("UM-7", "The permission matrix shows the policy, not any account's data, so anyone signed in may read it"),
  "invitations.viewOwn": () => allow("HB-7", "Everyone sees the pending invitations addressed to them"),
} satisfies Partial<Handlers>;
