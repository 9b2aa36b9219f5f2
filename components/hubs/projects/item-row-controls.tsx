"use client";

import { useRef, useState } from "react";
import { createShareLinkAction, deleteItemAction, renameItemAction } from "@/lib/hubs/projects/actions";
import type { ProjectItemRow } from "@/lib/hubs/projects/load-project-page";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";
import { Field } from "@/components/ui/field";
import { RowMenu, type RowMenuItem } from "@/components/ui/row-menu";

type Props = { projectId: string; item: ProjectItemRow; canEdit: boolean; canShare: boolean };

/** A folder's or item's "…" menu: rename in a dialog, delete with a confirmation, share by a public link shown once (HB-3). */
export function ItemRowControls({ projectId, item, canEdit, canShare }: Props) {
  const [open, setOpen] = useState<"rename" | "delete" | "shared" | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const menu = useRef<HTMLButtonElement>(null);
  const rename = useServerAction(renameItemAction, { success: "Renamed." });
  const remove = useServerAction(deleteItemAction, { success: `${item.name} was deleted.` });
  const share = useServerAction(createShareLinkAction, { success: "Public link created." });
  const items: RowMenuItem[] = [
    ...(canEdit ? [{ label: "Rename", onSelect: () => setOpen("rename") }] : []),
    ...(canShare ? [{ label: "Share by link", onSelect: () => share.run({ projectId, itemId: item.id }, (d: { url: string }) => (setLink(d.url), setOpen("shared"))) }] : []),
    ...(canEdit ? [{ label: "Delete", danger: true, onSelect: () => setOpen("delete") }] : []),
  ];
  if (items.length === 0) return null;
  const close = (isOpen: boolean) => !isOpen && setOpen(null);
  return (
    <span className="flex flex-col items-end gap-1">
      <RowMenu ref={menu} label={`Actions for ${item.name}`} items={items} />
      <Dialog returnFocusTo={menu} open={open === "rename"} onOpenChange={close} title={`Rename ${item.name}`}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get("name") ?? "");
            rename.run({ projectId, itemId: item.id, name }, () => setOpen(null));
          }}
        >
          <Field label="New name" name="name" id={`rename-${item.id}`} defaultValue={item.name} required autoComplete="off" error={fieldError(rename.failure, "name")} />
          <FailureMessage failure={rename.failure?.code === "invalid" ? null : rename.failure} />
          <div className="flex justify-end">
            <Button type="submit" disabled={rename.pending}>
              {rename.pending ? "Working…" : "Rename"}
            </Button>
          </div>
        </form>
      </Dialog>
      <ConfirmDialog returnFocusTo={menu} open={open === "delete"} onOpenChange={close} title={`Delete ${item.name}?`} confirmLabel="Delete" onConfirm={() => remove.run({ projectId, itemId: item.id })}>
        <p>{item.kind === "folder" ? "The folder and everything in it are deleted, with their public links." : "The item and its public links are deleted."}</p>
      </ConfirmDialog>
      <Dialog returnFocusTo={menu} open={open === "shared"} onOpenChange={close} title={`Public link to ${item.name}`} description="Anyone with this link can open the item while sharing is on in this hub. It is shown once: copy it now.">
        <p role="status" className="break-all rounded bg-slate-100 p-2 font-mono text-sm">
          {link}
        </p>
      </Dialog>
      <FailureMessage failure={remove.failure ?? share.failure} />
    </span>
  );
}
