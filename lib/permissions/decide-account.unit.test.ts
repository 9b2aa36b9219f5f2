import { describe } from "vitest";
import {
  accountRes,
  classicOnly,
  classicUser,
  C1,
  CN,
  coordinatorOf,
  decisionTable,
  hubAdmin,
  managerOf,
  namedOnly,
  namedUser,
  no,
  nobody,
  notFound,
  otherAccountAdmin,
  personRes,
  primary,
  secondary,
  ssoAdmin,
  when,
  yes,
} from "@/test/support/test-facts";

describe("HY-1 views follow the account's contracts", () => {
  decisionTable([
    when("HY-1 hybrid account: primary admin sees By User (UM-7)", primary, "account.viewByUser", accountRes(), yes("UM-7")),
    when("HY-1 hybrid account: primary admin sees By Product (UM-7)", primary, "account.viewByProduct", accountRes(), yes("UM-7")),
    when("HY-1 hybrid account: primary admin sees Classic User Management (UM-7)", primary, "account.viewClassic", accountRes(), yes("UM-7")),
    when("HY-1 account with no named contract: By User is not found", primary, "account.viewByUser", accountRes(classicOnly), notFound("HY-1")),
    when("HY-1 account with no named contract: By Product is not found", primary, "account.viewByProduct", accountRes(classicOnly), notFound("HY-1")),
    when("HY-1 account with no named contract: named users list is not found", primary, "namedUsers.view", accountRes(classicOnly), notFound("HY-1")),
    when("HY-1 account with no classic contract: Classic User Management is not found", primary, "account.viewClassic", accountRes(namedOnly), notFound("HY-1")),
    when("HY-1 classic-only account: its contract manager sees Classic User Management (CL-3)", managerOf(C1), "account.viewClassic", accountRes(classicOnly), yes("CL-3")),
  ]);
});

describe("HY-3 a role in one view grants nothing in the other", () => {
  decisionTable([
    when("HY-3 contract manager does not see By User", managerOf(C1), "account.viewByUser", accountRes(), no("HY-3")),
    when("HY-3 contract manager of the named contract does not see By Product", managerOf(CN), "account.viewByProduct", accountRes(), no("HY-3")),
    when("HY-3 software coordinator does not add named users", coordinatorOf(C1), "namedUsers.add", accountRes(), no("HY-3")),
    when("HY-3 contract manager does not assign products to named users", managerOf(C1), "namedUsers.assignProduct", personRes(), no("HY-3")),
    when("HY-3 contract manager does not add secondary admins", managerOf(C1), "admins.addSecondary", personRes(), no("HY-3")),
    when("HY-3 software coordinator does not change the primary admin", coordinatorOf(C1), "admins.changePrimary", personRes({ adminRole: "secondary" }), no("HY-3")),
    when("HY-3 a secondary admin does not see Classic User Management (UM-7)", secondary, "account.viewClassic", accountRes(), no("UM-7")),
  ]);
});

describe("UM-7 who sees the account's users and contracts", () => {
  decisionTable([
    when("UM-7 primary admin sees the named users", primary, "namedUsers.view", accountRes(), yes("UM-7")),
    when("UM-7 secondary admin sees all named users", secondary, "namedUsers.view", accountRes(), yes("UM-7")),
    when("UM-7 secondary admin sees By Product", secondary, "account.viewByProduct", accountRes(), yes("UM-7")),
    when("UM-7 a named user who is not an admin does not see the named users", namedUser, "namedUsers.view", accountRes(), no("UM-7")),
    when("UM-7 primary admin sees the contracts list", primary, "contracts.viewList", accountRes(), yes("UM-7")),
    when("UM-7 secondary admin sees the contracts list (named contracts)", secondary, "contracts.viewList", accountRes(), yes("UM-7")),
    when("UM-7 a classic user does not see the contracts list", classicUser, "contracts.viewList", accountRes(), no("UM-7")),
    when("UM-7 nobody sees another account's named users", otherAccountAdmin, "namedUsers.view", accountRes(), notFound("UM-7")),
    when("UM-7 nobody sees another account's contracts", otherAccountAdmin, "contracts.viewList", accountRes(), notFound("UM-7")),
    when("UM-7 a person with no role anywhere sees nothing of the account", nobody, "account.viewByUser", accountRes(), notFound("UM-7")),
    when("UM-7 nobody sees another account's admins", otherAccountAdmin, "admins.view", accountRes(), notFound("UM-7")),
    when("UM-7 primary and secondary admins see the admins", secondary, "admins.view", accountRes(), yes("UM-7")),
    when("UM-7 anyone signed in reads the permission matrix", nobody, "permissions.viewMatrix", { kind: "portal" }, yes("UM-7")),
  ]);
});

describe("UM-5 admins manage named users and their software", () => {
  decisionTable([
    when("UM-5 primary admin adds a named user", primary, "namedUsers.add", accountRes(), yes("UM-5")),
    when("UM-5 secondary admin adds a named user", secondary, "namedUsers.add", accountRes(), yes("UM-5")),
    when("UM-5 secondary admin edits a named user", secondary, "namedUsers.edit", personRes(), yes("UM-5")),
    when("UM-5 secondary admin removes a named user", secondary, "namedUsers.remove", personRes(), yes("UM-5")),
    when("UM-5 primary admin assigns a product", primary, "namedUsers.assignProduct", personRes(), yes("UM-5")),
    when("UM-5 secondary admin unassigns a product", secondary, "namedUsers.unassignProduct", personRes(), yes("UM-5")),
    when("UM-5 secondary admin imports named users", secondary, "namedUsers.import", accountRes(), yes("UM-5")),
    when("UM-5 primary admin exports named users", primary, "namedUsers.export", accountRes(), yes("UM-5")),
    when("UM-5 secondary admin changes many named users at once", secondary, "namedUsers.bulkChange", accountRes(), yes("UM-5")),
    when("UM-5 a named user cannot add named users", namedUser, "namedUsers.add", accountRes(), no("UM-5")),
    when("UM-5 a named user cannot assign products", namedUser, "namedUsers.assignProduct", personRes(), no("UM-5")),
    when("UM-5 a person who is not a named user of the account is not found", primary, "namedUsers.edit", personRes({ namedUser: false }), notFound("UM-5")),
  ]);
});

describe("UM-5 Decision: a person's name is the account's to edit only while it is nobody else's", () => {
  decisionTable([
    when("UM-5 the primary admin edits the name of a named user who never signed in and belongs nowhere else", primary, "namedUsers.edit", personRes(), yes("UM-5")),
    when("UM-5 a named user who has signed in keeps their name: read-only for the admins", primary, "namedUsers.edit", personRes({ hasSignedIn: true }), no("UM-5")),
    when("UM-5 a person who belongs to another account keeps their name: read-only here", secondary, "namedUsers.edit", personRes({ inOtherAccount: true }), no("UM-5")),
    when("UM-5 signed in and in another account: still read-only", primary, "namedUsers.edit", personRes({ hasSignedIn: true, inOtherAccount: true }), no("UM-5")),
    when("UM-5 the name rule changes nothing else: products are still assigned to a person who signed in", primary, "namedUsers.assignProduct", personRes({ hasSignedIn: true, inOtherAccount: true }), yes("UM-5")),
  ]);
});

describe("UM-2, UM-3, UM-4, UM-10 admin roles", () => {
  decisionTable([
    when("UM-2 primary admin makes a secondary admin primary", primary, "admins.changePrimary", personRes({ adminRole: "secondary" }), yes("UM-2")),
    when("UM-2 a secondary admin can change the primary admin", secondary, "admins.changePrimary", personRes({ adminRole: "secondary" }), yes("UM-2")),
    when("UM-2 the new primary admin must be a secondary admin", primary, "admins.changePrimary", personRes(), no("UM-2")),
    when("UM-2 the primary admin is already primary", primary, "admins.changePrimary", personRes({ adminRole: "primary" }), no("UM-2")),
    when("UM-2 a named user cannot change the primary admin", namedUser, "admins.changePrimary", personRes({ adminRole: "secondary" }), no("UM-2")),
    when("UM-3 primary admin adds a secondary admin", primary, "admins.addSecondary", personRes(), yes("UM-3")),
    when("UM-3 secondary admin adds another secondary admin", secondary, "admins.addSecondary", personRes(), yes("UM-3")),
    when("UM-3 secondary admin removes a secondary admin", secondary, "admins.removeSecondary", personRes({ adminRole: "secondary" }), yes("UM-3")),
    when("UM-3 an admin cannot be added twice", primary, "admins.addSecondary", personRes({ adminRole: "secondary" }), no("UM-3")),
    when("UM-3 removing a secondary admin who is not one is refused", primary, "admins.removeSecondary", personRes(), no("UM-3")),
    when("UM-3 a named user cannot add secondary admins", namedUser, "admins.addSecondary", personRes(), no("UM-3")),
    when("UM-4 an admin of another account cannot become secondary admin here", primary, "admins.addSecondary", personRes({ adminOfOtherAccount: true }), no("UM-4")),
    when("UM-4 an admin of another account cannot become primary admin here", secondary, "admins.changePrimary", personRes({ adminOfOtherAccount: true }), no("UM-4")),
    when("UM-7 a person outside the account is not found as a new primary admin", primary, "admins.changePrimary", personRes({ namedUser: false, adminOfOtherAccount: true }), notFound("UM-7")),
    when("UM-10 the primary admin cannot be demoted directly", secondary, "admins.removeSecondary", personRes({ adminRole: "primary" }), no("UM-10")),
    when("UM-10 the primary admin cannot be removed from the account", secondary, "namedUsers.remove", personRes({ adminRole: "primary" }), no("UM-10")),
    when("UM-10 UM-1 the primary admin cannot remove themself either", primary, "namedUsers.remove", personRes({ personId: "me", adminRole: "primary" }), no("UM-10")),
    when("UM-10 a secondary admin can be removed as a named user (UM-5)", primary, "namedUsers.remove", personRes({ adminRole: "secondary" }), yes("UM-5")),
  ]);
});

describe("HB-1 hub creation and the SSO admin role", () => {
  decisionTable([
    when("HB-1 primary admin creates hubs", primary, "hubs.create", accountRes(), yes("HB-1")),
    when("HB-1 secondary admin creates hubs", secondary, "hubs.create", accountRes(), yes("HB-1")),
    when("HB-1 SSO admin creates hubs", ssoAdmin, "hubs.create", accountRes(), yes("HB-1")),
    when("HB-1 a named user cannot create hubs", namedUser, "hubs.create", accountRes(), no("HB-1")),
    when("HB-1 a contract manager cannot create hubs", managerOf(C1), "hubs.create", accountRes(), no("HB-1")),
    when("HB-1 a hub administrator with no account role cannot create hubs in the account (UM-7)", hubAdmin(), "hubs.create", accountRes(), notFound("UM-7")),
    when("HB-1 primary admin grants the SSO admin role", primary, "admins.grantSso", personRes(), yes("HB-1")),
    when("HB-1 primary admin revokes the SSO admin role", primary, "admins.revokeSso", personRes({ ssoAdmin: true }), yes("HB-1")),
    when("HB-1 a secondary admin cannot grant the SSO admin role", secondary, "admins.grantSso", personRes(), no("HB-1")),
    when("HB-1 granting SSO admin twice is refused", primary, "admins.grantSso", personRes({ ssoAdmin: true }), no("HB-1")),
    when("HB-1 revoking from a non-SSO admin is refused", primary, "admins.revokeSso", personRes(), no("HB-1")),
    when("HB-1 SSO admin manages sign-in settings", ssoAdmin, "sso.manage", accountRes(), yes("HB-1")),
    when("HB-1 primary admin manages sign-in settings", primary, "sso.manage", accountRes(), yes("HB-1")),
    when("HB-1 a secondary admin does not manage sign-in settings", secondary, "sso.manage", accountRes(), no("HB-1")),
    when("HB-1 SSO admin sees sign-in settings", ssoAdmin, "sso.view", accountRes(), yes("HB-1")),
    when("HB-1 SSO admin gets nothing in User Management", ssoAdmin, "namedUsers.view", accountRes(), no("HB-1")),
    when("HB-1 SSO admin cannot add named users", ssoAdmin, "namedUsers.add", accountRes(), no("HB-1")),
    when("HB-1 SSO admin cannot add secondary admins", ssoAdmin, "admins.addSecondary", personRes(), no("HB-1")),
  ]);
});

describe("AU-2 the account's activity log", () => {
  decisionTable([
    when("AU-2 primary admin sees the account's activity log", primary, "activity.viewAccount", accountRes(), yes("AU-2")),
    when("AU-2 secondary admin sees the account's activity log", secondary, "activity.viewAccount", accountRes(), yes("AU-2")),
    when("AU-2 a contract manager does not see the account's activity log", managerOf(C1), "activity.viewAccount", accountRes(), no("AU-2")),
    when("AU-2 an SSO admin does not see the account's activity log", ssoAdmin, "activity.viewAccount", accountRes(), no("AU-2")),
    when("AU-2 UM-7 another account's admin does not find the log", otherAccountAdmin, "activity.viewAccount", accountRes(), notFound("UM-7")),
  ]);
});
