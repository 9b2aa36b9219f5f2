"use client";

import { FolderPlus } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { CreateProjectForm } from "./create-project-form";

/** The hub page's primary action: creating a project in a dialog (FP-4, LP-5); the creator lands on it. */
export function CreateProjectDialog({ hubId }: { hubId: string }) {
  return (
    <HeaderDialog
      label="Create a project"
      icon={FolderPlus}
      title="Create a project"
      description="Folder-level projects use project roles only; legacy projects are Open, Closed or Secret (LP-1). You become its Project Administrator."
    >
      <div data-testid="create-project">
        <CreateProjectForm hubId={hubId} />
      </div>
    </HeaderDialog>
  );
}
