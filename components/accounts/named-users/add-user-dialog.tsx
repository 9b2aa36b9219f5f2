"use client";

import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { AddUserForm, type SeatOption } from "./add-user-form";

/** By User's primary action: the add-user form in a dialog, which keeps its result until closed. */
export function AddUserDialog({ accountId, products, noSeatReason }: { accountId: string; products: SeatOption[]; noSeatReason: string }) {
  return (
    <Dialog
      wide
      title="Add a user"
      trigger={
        <Button type="button" className="inline-flex items-center gap-2">
          <UserPlus aria-hidden="true" className="h-4 w-4" />
          Add user
        </Button>
      }
    >
      <AddUserForm accountId={accountId} products={products} noSeatReason={noSeatReason} />
    </Dialog>
  );
}
