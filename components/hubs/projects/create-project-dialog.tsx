"use client";

import { FolderPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CreateProjectForm } from "./create-project-form";

/** The hub page's primary action: creating a project in a dialog (FP-4, LP-5); the creator lands on it. */
export function CreateProjectDialog({ hubId }: { hubId: string }) {
  return (
    <Dialog
      title="Create a project"
      description="Folder-level projects use project roles only; legacy projects are Open, Closed or Secret (LP-1). You become its Project Administrator."
      trigger={
        <Button type="button" className="inline-flex items-center gap-2">
          <FolderPlus aria-hidden="true" className="h-4 w-4" />
          Create a project
        </Button>
      }
    >
      <div data-testid="create-project">
        <CreateProjectForm hubId={hubId} />
      </div>
    </Dialog>
  );
}
