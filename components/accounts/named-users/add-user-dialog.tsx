"use client";

import { UserPlus } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { AddUserForm, type SeatOption } from "./add-user-form";

/** By User's primary action: the add-user form in a dialog, which keeps its result until closed. */
export function AddUserDialog({ accountId, products, noSeatReason }: { accountId: string; products: SeatOption[]; noSeatReason: string }) {
  return (
    <HeaderDialog
      label="Add user"
      icon={UserPlus}
      wide
      title="Add a user"
    >
      <AddUserForm accountId={accountId} products={products} noSeatReason={noSeatReason} />
    </HeaderDialog>
  );
}
