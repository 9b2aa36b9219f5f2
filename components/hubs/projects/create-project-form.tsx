"use client";

import { createProjectAction } from "@/lib/hubs/projects/actions";
import { Field } from "@/components/ui/field";
import { ActionForm, SelectField } from "@/components/ui/action-form";

const KINDS = [
  { value: "folder", label: "Folder-level" },
  { value: "open", label: "Legacy: Open" },
  { value: "closed", label: "Legacy: Closed" },
  { value: "secret", label: "Legacy: Secret" },
];

/** Creates a project (FP-4, LP-5); the creator becomes its Project Administrator and lands on it. */
export function CreateProjectForm({ hubId }: { hubId: string }) {
  return (
    <ActionForm action={createProjectAction} input={{ hubId }} submitLabel="Create project" label="Create a project" success="Project created. Opening it…" redirectTo={`/hubs/${hubId}/projects/{projectId}`}>
      {(errorFor) => (
        <>
          <Field label="Project name" name="name" id="create-project-name" required autoComplete="off" error={errorFor("name")} />
          <SelectField label="Kind" name="kind" id="create-project-kind" options={KINDS} />
        </>
      )}
    </ActionForm>
  );
}
