"use client";

import { FolderInput } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { ProjectInviteForm } from "./project-invite-form";

type Project = { projectId: string; name: string; visibility: "open" | "closed" | "secret" | null };

/** The invitations page's second action (HB-5): invite one person to one of the hub's projects, in a dialog. */
export function ProjectInviteDialog({ projects }: { projects: Project[] }) {
  return (
    <HeaderDialog label="Invite to a project" icon={FolderInput} title="Invite someone to a project" description="Someone outside the hub joins it as a Project Contributor when they accept (HB-5)." secondary>
      <ProjectInviteForm projects={projects} />
    </HeaderDialog>
  );
}
