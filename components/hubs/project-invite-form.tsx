"use client";

import { useState } from "react";
import { inviteToProjectAction } from "@/lib/hubs/invitations/actions";
import { useServerAction } from "@/components/hooks/use-server-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FailureMessage, fieldError } from "@/components/ui/failure-message";

const VIS = { open: "Open", closed: "Closed", secret: "Secret" } as const;

type Role = "viewer" | "editor" | "project_admin";
const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", editor: "Editor", project_admin: "Project Administrator" };
const ALL_ROLES: readonly Role[] = ["viewer", "editor", "project_admin"];

type Props =
  | { projects: { projectId: string; name: string; visibility: "open" | "closed" | "secret" | null }[]; projectId?: undefined; roles?: readonly Role[] }
  /** On a project's own page: that project, and only the roles the policy lets the inviter give (PR-3). */
  | { projects?: undefined; projectId: string; roles: readonly Role[] };

/** HB-5: invite one person to an existing project; someone outside the hub joins as a Project Contributor. */
export function ProjectInviteForm({ projects, projectId, roles = ALL_ROLES }: Props) {
  const { run, failure, pending } = useServerAction(inviteToProjectAction);
  const [sent, setSent] = useState<string | null>(null);
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <form
      action={(data) => {
        setSent(null);
        const email = String(data.get("email") ?? "");
        run({ projectId: data.get("projectId"), email, role: data.get("role") }, () => setSent(email));
      }}
      className="flex flex-col gap-2 sm:max-w-xl"
    >
      {projectId ? (
        <input type="hidden" name="projectId" value={projectId} />
      ) : (
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Project
          <select name="projectId" required className={select}>
            {(projects ?? []).map((p) => (
              <option key={p.projectId} value={p.projectId}>
                {p.name} ({p.visibility ? VIS[p.visibility] : "Folder-level"})
              </option>
            ))}
          </select>
        </label>
      )}
      <Field label="Email address" name="email" id="project-invite-email" type="email" autoComplete="off" required error={fieldError(failure, "email")} />
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Project role
        <select name="role" defaultValue="viewer" className={select}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <FailureMessage failure={failure} />
      <p role="status" className="text-sm text-green-800">
        {sent ? `Invited ${sent}: the email is on its way.` : ""}
      </p>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Inviting…" : projectId ? "Invite by email" : "Invite to project"}
      </Button>
    </form>
  );
}
