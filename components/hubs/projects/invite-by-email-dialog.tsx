"use client";

import { Mail } from "lucide-react";
import { HeaderDialog } from "@/components/ui/header-dialog";
import { ProjectInviteForm } from "@/components/hubs/project-invite-form";

type Role = "viewer" | "editor" | "project_admin";

/** A project page's primary action: inviting someone by email with a role no higher than one's own (PR-3, HB-5), in a dialog. */
export function InviteByEmailDialog({ projectId, roles, notes }: { projectId: string; roles: readonly Role[]; notes: readonly string[] }) {
  return (
    <HeaderDialog
      label="Invite by email"
      icon={Mail}
      title="Invite by email"
      description="With a project role no higher than your own (PR-3). Someone not in the hub joins it as a Project Contributor when they accept (HB-5)."
    >
      <div className="flex flex-col gap-3">
        {notes.map((note) => (
          <p key={note} className="text-sm text-slate-600" data-testid="invite-email-note">
            {note}
          </p>
        ))}
        <ProjectInviteForm projectId={projectId} roles={roles} />
      </div>
    </HeaderDialog>
  );
}
