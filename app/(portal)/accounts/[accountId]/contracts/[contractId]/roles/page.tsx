import type { Metadata } from "next";
import { Refusal } from "@/components/ui/refusal";
import { CoordinatorControls } from "@/components/contracts/coordinator-controls";
import { ChangeManagerPanel } from "@/components/contracts/change-manager-panel";
import { ContractFrame } from "@/components/contracts/contract-frame";
import { contractView } from "../contract-view";

export const metadata: Metadata = { title: "Contract roles" };

type Props = { params: Promise<{ accountId: string; contractId: string }> };

/**
 * The contract's roles: the software coordinator (CL-6, CL-10) and the hand-over of the
 * contract manager role (CL-4, CL-5, CL-11), each shown only to whoever may change it.
 */
export default async function ContractRolesPage({ params }: Props) {
  const { accountId: rawAccount, contractId: rawContract } = await params;
  const view = await contractView(rawAccount, rawContract);
  const { accountId, contractId } = view;
  const d = view.details;
  const any = view.can.assignCoordinator.allowed || view.can.changeManager;
  return (
    <ContractFrame view={view} accountId={accountId} contractId={contractId} tab="roles">
      {view.can.assignCoordinator.allowed ? (
        <CoordinatorControls accountId={accountId} contractId={contractId} current={d.coordinator} canRemove={view.can.removeCoordinator.allowed} />
      ) : null}
      {view.can.changeManager ? <ChangeManagerPanel accountId={accountId} contractId={contractId} /> : null}
      {any ? null : <Refusal decision={view.can.assignCoordinator} />}
    </ContractFrame>
  );
}
