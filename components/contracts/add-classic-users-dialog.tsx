"use client";

import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { AddClassicUsersForm } from "./add-classic-users-form";

/** The Users tab's primary action: adding classic users in a dialog that keeps each address's result until it is closed (CL-3, CL-8, HY-2). */
export function AddClassicUsersDialog({ accountId, contractId }: { accountId: string; contractId: string }) {
  return (
    <Dialog
      wide
      title="Add classic users"
      description="They become users of this contract only; User Management is not changed (HY-2)."
      trigger={
        <Button type="button">
          <UserPlus aria-hidden="true" className="mr-1.5 inline h-4 w-4 align-text-bottom" />
          Add classic users
        </Button>
      }
    >
      <AddClassicUsersForm accountId={accountId} contractId={contractId} />
    </Dialog>
  );
}
