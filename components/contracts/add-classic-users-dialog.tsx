"use client";

import { UserPlus } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { AddClassicUsersForm } from "./add-classic-users-form";

/** The Users tab's primary action: adding classic users in a dialog that keeps each address's result until it is closed (CL-3, CL-8, HY-2). */
export function AddClassicUsersDialog({ accountId, contractId }: { accountId: string; contractId: string }) {
  return (
    <HeaderDialog
      label="Add classic users"
      icon={UserPlus}
      wide
      title="Add classic users"
      description="They become users of this contract only; User Management is not changed (HY-2)."
    >
      <AddClassicUsersForm accountId={accountId} contractId={contractId} />
    </HeaderDialog>
  );
}
