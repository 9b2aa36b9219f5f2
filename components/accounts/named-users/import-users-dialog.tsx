"use client";

import { Upload } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { ImportUsers } from "./import-users";

/** Import from CSV in a dialog: its progress and per-row report stay until it is closed. */
export function ImportUsersDialog({ accountId }: { accountId: string }) {
  return (
    <HeaderDialog
      label="Import CSV"
      icon={Upload}
      wide
      title="Import users from CSV"
      secondary
    >
      <ImportUsers accountId={accountId} />
    </HeaderDialog>
  );
}
