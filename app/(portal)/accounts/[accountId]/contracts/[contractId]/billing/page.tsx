import type { Metadata } from "next";
import { TERM_MONTHS } from "@/lib/contracts/renew-contract";
import { Refusal } from "@/components/ui/refusal";
import { BillingPanel } from "@/components/contracts/billing-panel";
import { ContractFrame } from "@/components/contracts/contract-frame";
import { contractView } from "../contract-view";

export const metadata: Metadata = { title: "Contract billing and renewal" };

type Props = { params: Promise<{ accountId: string; contractId: string }> };

/**
 * Renewal and billing: the contract manager's alone (CL-3). Anyone else who may see the
 * contract is refused with the rule that names who manages it (UM-6, CL-8).
 */
export default async function ContractBillingPage({ params }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const view = await contractView(rawAccount, rawContract);
  const { accountId, contractId } = view;
  const d = view.details;
  return (
    <ContractFrame view={view} accountId={accountId} contractId={contractId} tab="billing">
      {view.billing.canManage ? (
        <BillingPanel accountId={accountId} contractId={contractId} renewalDate={d.renewalDate} autoRenew={d.autoRenew} termMonths={TERM_MONTHS} contact={d.billing.contact} invoices={d.billing.invoices} />
      ) : (
        <Refusal decision={{ reason: view.billing.notice ? `${view.billing.notice} ${view.billing.decision.reason}` : view.billing.decision.reason }} />
      )}
    </ContractFrame>
  );
}
