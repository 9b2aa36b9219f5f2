"use client";

import { UserPlus } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { InviteForm } from "./invite-form";

/** The invitations page's primary action: the invite form in a dialog, which keeps each address's result until closed. */
export function InviteDialog({ hubId, note }: { hubId: string; note: string }) {
  return (
    <HeaderDialog
      label="Invite people"
      icon={UserPlus}
      wide
      title="Invite people to the hub"
    >
      <InviteForm hubId={hubId} note={note} />
    </HeaderDialog>
  );
}
