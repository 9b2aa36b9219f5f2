"use client";

import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ImportUsers } from "./import-users";

/** Import from CSV in a dialog: its progress and per-row report stay until it is closed. */
export function ImportUsersDialog({ accountId }: { accountId: string }) {
  return (
    <Dialog
      wide
      title="Import users from CSV"
      trigger={
        <Button type="button" variant="secondary" className="inline-flex items-center gap-2">
          <Upload aria-hidden="true" className="h-4 w-4" />
          Import CSV
        </Button>
      }
    >
      <ImportUsers accountId={accountId} />
    </Dialog>
  );
}
