"use client";

import { Mail } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ProjectInviteForm } from "@/components/hubs/project-invite-form";

type Role = "viewer" | "editor" | "project_admin";

/** A project page's primary action: inviting someone by email with a role no higher than one's own (PR-3, HB-5), in a dialog. */
export function InviteByEmailDialog({ projectId, roles, notes }: { projectId: string; roles: readonly Role[]; notes: readonly string[] }) {
  return (
    <Dialog
      title="Invite by email"
      description="With a project role no higher than your own (PR-3). Someone not in the hub joins it as a Project Contributor when they accept (HB-5)."
      trigger={
        <Button type="button" className="inline-flex items-center gap-2">
          <Mail aria-hidden="true" className="h-4 w-4" />
          Invite by email
        </Button>
      }
    >
      <div className="flex flex-col gap-3">
        {notes.map((note) => (
          <p key={note} className="text-sm text-slate-600" data-testid="invite-email-note">
            {note}
          </p>
        ))}
        <ProjectInviteForm projectId={projectId} roles={roles} />
      </div>
    </Dialog>
  );
}
