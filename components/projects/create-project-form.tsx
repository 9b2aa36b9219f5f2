"use client";

import { useRouter } from "next/navigation";
import { createProjectAction } from "@/app/(portal)/hubs/[hubId]/projects/actions";
import { Field } from "@/components/ui/field";
import { InlineForm, SelectField } from "./inline-form";

const KINDS = [
  { value: "folder", label: "Folder-level" },
  { value: "open", label: "Legacy: Open" },
  { value: "closed", label: "Legacy: Closed" },
  { value: "secret", label: "Legacy: Secret" },
];

/** Creates a project (FP-4, LP-5); the creator becomes its Project Administrator and lands on it. */
export function CreateProjectForm({ hubId }: { hubId: string }) {
  const router = useRouter();
  return (
    <InlineForm
      action={createProjectAction}
      base={{ hubId }}
      submit="Create project"
      label="Create a project"
      done={(d: { projectId: string }) => {
        router.push(`/hubs/${hubId}/projects/${d.projectId}`);
        return "Project created. Opening it…";
      }}
    >
      <Field label="Project name" name="name" id="create-project-name" required autoComplete="off" />
      <SelectField label="Kind" name="kind" id="create-project-kind" options={KINDS} />
    </InlineForm>
  );
}
