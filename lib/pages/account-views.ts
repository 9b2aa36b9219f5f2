import type { AccountNavKey } from "@/lib/permissions";

/** The account views with a page, in navigation order, and where each lives (DESIGN.md URL map). */
export const ACCOUNT_VIEWS: { key: AccountNavKey; label: string; path: string }[] = [
  { key: "byUser", label: "By User", path: "users" },
  { key: "byProduct", label: "By Product", path: "products" },
  { key: "classic", label: "Classic User Management", path: "contracts" },
  { key: "admins", label: "Admins", path: "admins" },
  { key: "sso", label: "Sign-in (SSO)", path: "sso" },
  { key: "activity", label: "Activity", path: "activity" },
];
