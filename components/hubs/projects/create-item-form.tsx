"use client";

import { createItemAction } from "@/lib/hubs/projects/actions";
import type { Option } from "@/lib/hubs/projects/load-project-page";
import { ActionForm, SelectField } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";

/** A new folder or item, at the top level or in a folder (PR-1: Editors and Project Administrators). */
export function CreateItemForm({ projectId, folders }: { projectId: string; folders: Option[] }) {
  return (
    <ActionForm action={createItemAction} input={{ projectId }} submitLabel="Create" label="Create a folder or item" success="Created." inline>
      {(errorFor) => (
        <>
          <SelectField label="Type" name="kind" id="create-item-kind" options={[{ value: "folder", label: "Folder" }, { value: "file", label: "Item" }]} />
          <Field label="Name" name="name" id="create-item-name" required autoComplete="off" error={errorFor("name")} />
          <SelectField label="In folder" name="parentId" id="create-item-parent" options={[{ value: "", label: "Top level" }, ...folders.map((f) => ({ value: f.id, label: f.label }))]} />
        </>
      )}
    </ActionForm>
  );
}
