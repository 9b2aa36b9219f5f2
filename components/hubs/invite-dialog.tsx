"use client";

import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { InviteForm } from "./invite-form";

/** The invitations page's primary action: the invite form in a dialog, which keeps each address's result until closed. */
export function InviteDialog({ hubId, note }: { hubId: string; note: string }) {
  return (
    <Dialog
      wide
      title="Invite people to the hub"
      trigger={
        <Button type="button" className="inline-flex items-center gap-2">
          <UserPlus aria-hidden="true" className="h-4 w-4" />
          Invite people
        </Button>
      }
    >
      <InviteForm hubId={hubId} note={note} />
    </Dialog>
  );
}
