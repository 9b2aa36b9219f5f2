"use client";

import { FileText, Folder } from "lucide-react";
import { createItemAction } from "@/app/(portal)/hubs/[hubId]/projects/actions";
import type { ProjectItemRow } from "@/lib/hubs/projects/load-project-page";
import { Field } from "@/components/ui/field";
import { InlineForm, SelectField } from "./inline-form";
import { ItemRowControls } from "./item-row-controls";

type Props = { projectId: string; items: ProjectItemRow[]; canEdit: boolean; canShare: boolean; editReason: string };

/** The project's folders and items (PR-1): everyone who reads sees them; Editors and Project Administrators change them; Project Administrators share one by link (HB-3). */
export function ContentSection({ projectId, items, canEdit, canShare, editReason }: Props) {
  const children = (parentId: string | null) => items.filter((i) => i.parentId === parentId);
  const folders = items.filter((i) => i.kind === "folder");
  const renderLevel = (parentId: string | null, depth: number) => (
    <ul className={depth ? "ml-6 border-l border-slate-200 pl-3" : "divide-y divide-slate-100"}>
      {children(parentId).map((item) => (
        <li key={item.id} className="py-2" data-testid="project-item" data-item={item.name}>
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="flex min-w-0 items-center gap-2">
              {item.kind === "folder" ? <Folder aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-500" /> : <FileText aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-500" />}
              <span className="break-words font-medium">{item.name}</span>
              <span className="sr-only">{item.kind === "folder" ? " (folder)" : " (item)"}</span>
            </span>
            <ItemRowControls projectId={projectId} item={item} canEdit={canEdit} canShare={canShare} />
          </div>
          {item.kind === "folder" ? renderLevel(item.id, depth + 1) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="content-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="content-heading" className="text-lg font-medium">
        Content
      </h2>
      {items.length === 0 ? <p className="text-sm text-slate-600">No folders or items yet.</p> : renderLevel(null, 0)}
      {canEdit ? (
        <InlineForm action={createItemAction} base={{ projectId }} submit="Create" label="Create a folder or item">
          <SelectField label="Type" name="kind" id="create-item-kind" options={[{ value: "folder", label: "Folder" }, { value: "file", label: "Item" }]} />
          <Field label="Name" name="name" id="create-item-name" required autoComplete="off" />
          <SelectField label="In folder" name="parentId" id="create-item-parent" options={[{ value: "", label: "Top level" }, ...folders.map((f) => ({ value: f.id, label: f.name }))]} />
        </InlineForm>
      ) : (
        <p className="text-sm text-slate-600">{editReason}</p>
      )}
    </section>
  );
}
