import type { ReactNode } from "react";
import type { ContractView } from "@/lib/contracts/view-contract";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs, type BreadcrumbItem } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { CONTRACT_TAB_LABELS, contractHref, contractTabs, type ContractTab } from "./contract-tabs";
import { MANAGEMENT_LABELS, STATUS_LABELS } from "./labels";

type Props = { view: ContractView; accountId: string; contractId: string; tab: ContractTab | null; crumb?: string; children?: ReactNode };

/**
 * Every tab of a contract starts the same: breadcrumbs (Account › Contracts › the contract ›
 * the tab), the contract's number and status, and the tabs the actor is offered. Rendered by
 * each tab's page, which knows which tab it is (a layout is kept across client navigations, so
 * a current-tab mark computed there would go stale).
 */
export function ContractFrame({ view, accountId, contractId, tab, crumb, children }: Props) {
  const d = view.details;
  const here = tab ? CONTRACT_TAB_LABELS[tab] : (crumb ?? "");
  const crumbs: BreadcrumbItem[] = [
    { label: "Account", href: `/accounts/${accountId}` },
    { label: "Contracts", href: `/accounts/${accountId}/contracts` },
    { label: d.number, href: contractHref(accountId, contractId) },
    { label: here },
  ];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeader
        title={`Contract ${d.number}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={d.status === "active" ? "good" : "warn"}>{STATUS_LABELS[d.status]}</Badge>
            <Badge tone="info">{MANAGEMENT_LABELS[d.management]}</Badge>
            <span>{view.access.reason}</span>
          </span>
        }
      />
      <TabNav label="Contract" items={contractTabs(view, accountId, contractId)} current={tab ? contractHref(accountId, contractId, tab) : null} />
      {children}
    </>
  );
}
