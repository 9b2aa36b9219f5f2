import type { ActionKey } from "./catalog";
import { decide } from "./decide";
import type { AccountResource, ActorFacts } from "./types";

/** The account-level navigation entries, each shown when the policy allows its action. */
export const ACCOUNT_NAV = {
  byUser: "account.viewByUser",
  byProduct: "account.viewByProduct",
  classic: "account.viewClassic",
  contracts: "contracts.viewList",
  admins: "admins.view",
  sso: "sso.view",
  activity: "activity.viewAccount",
} as const satisfies Record<string, ActionKey>;

export type AccountNavKey = keyof typeof ACCOUNT_NAV;

/** Which entries of an account's navigation this actor sees (HY-1: absent views are absent). */
export function accountNavigation(actor: ActorFacts, resource: AccountResource): Record<AccountNavKey, boolean> {
  const out = {} as Record<AccountNavKey, boolean>;
  for (const key of Object.keys(ACCOUNT_NAV) as AccountNavKey[]) {
    out[key] = decide(actor, ACCOUNT_NAV[key], resource).allowed;
  }
  return out;
}
