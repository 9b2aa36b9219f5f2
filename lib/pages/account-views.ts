import type { AccountNavKey } from "@/lib/permissions";

/** The account views with a page, in navigation order, and where each lives (DESIGN.md URL map). */
export type AccountView = { key: AccountNavKey; label: string; path: string; unless?: AccountNavKey };

export const ACCOUNT_VIEWS: AccountView[] = [
  { key: "byUser", label: "By User", path: "users" },
  { key: "byProduct", label: "By Product", path: "products" },
  { key: "classic", label: "Classic User Management", path: "contracts" },
  // Named-only accounts and secondary admins see their contracts without the Classic view.
  { key: "contracts", label: "Contracts", path: "contracts", unless: "classic" },
  { key: "admins", label: "Admins", path: "admins" },
  { key: "sso", label: "Sign-in (SSO)", path: "sso" },
  { key: "activity", label: "Activity", path: "activity" },
];

/** The views to list for these policy answers (an entry with `unless` yields to that view). */
export function visibleViews(allowed: Record<AccountNavKey, boolean>): AccountView[] {
  return ACCOUNT_VIEWS.filter((v) => allowed[v.key] && !(v.unless && allowed[v.unless]));
}
