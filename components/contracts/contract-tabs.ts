import type { ContractView } from "@/lib/contracts/view-contract";
import type { TabNavItem } from "@/components/ui/tab-nav";

export type ContractTab = "overview" | "users" | "billing" | "roles" | "activity";

export const CONTRACT_TAB_LABELS: Record<ContractTab, string> = {
  overview: "Overview",
  users: "Users",
  billing: "Billing & renewal",
  roles: "Roles",
  activity: "Activity",
};

export const contractHref = (accountId: string, contractId: string, tab: ContractTab = "overview") =>
  `/accounts/${accountId}/contracts/${contractId}${tab === "overview" ? "" : `/${tab}`}`;

/**
 * The tabs this actor is offered, from the same capability flags the single page used:
 * classic users only on classic contracts (HY-2), billing only for the contract manager (CL-3,
 * UM-6, CL-8), roles for whoever may change one (CL-4, CL-6), activity for its manager (AU-2).
 */
export function contractTabs(view: ContractView, accountId: string, contractId: string): (TabNavItem & { tab: ContractTab })[] {
  const shown: Record<ContractTab, boolean> = {
    overview: true,
    users: view.details.classicUsers !== null,
    billing: view.billing.canManage,
    roles: view.can.assignCoordinator.allowed || view.can.changeManager,
    activity: view.can.activity,
  };
  return (Object.keys(CONTRACT_TAB_LABELS) as ContractTab[])
    .filter((t) => shown[t])
    .map((tab) => ({ tab, label: CONTRACT_TAB_LABELS[tab], href: contractHref(accountId, contractId, tab) }));
}
