"use client";

import { useRef, useState } from "react";
import { changeProjectRoleAction, promoteProjectAdminAction, removeProjectMemberAction } from "@/lib/hubs/projects/actions";
import type { ProjectMemberRow } from "@/lib/hubs/projects/load-project-page";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions/decide-common";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu } from "@/components/ui/row-menu";
import { Select } from "@/components/ui/select";

type Role = ProjectMemberRow["role"];
const ROLES: Role[] = ["project_admin", "editor", "viewer"];

type Promotion = { allowed: boolean; reason: string; rule: string };

/**
 * A project member's role as a selector. Promotion to Project Administrator is its own use
 * case: the page passes the policy's answer for this member (LP-3, FP-3), and a refused
 * promotion stays in the list, disabled, with its reason.
 */
export function ProjectMemberRole({ projectId, member, promotion }: { projectId: string; member: ProjectMemberRow; promotion?: Promotion }) {
  const role = useServerAction(changeProjectRoleAction, { success: `${member.label}'s project role changed.` });
  const promote = useServerAction(promoteProjectAdminAction, { success: `${member.label} is now Project Administrator.` });
  return (
    <span className="flex flex-col gap-1">
      <Select
        label={`Project role: ${member.label}`}
        value={member.role}
        disabled={role.pending || promote.pending}
        options={ROLES.map((r) => ({
          value: r,
          label: PROJECT_ROLE_LABELS[r],
          // Only a refused promotion is disabled; a current role is shown as chosen.
          ...(r === "project_admin" && member.role !== r && promotion && !promotion.allowed ? { disabledReason: `${promotion.reason} (${promotion.rule})` } : {}),
        }))}
        onValueChange={(v) => {
          if (v === member.role) return;
          if (v === "project_admin") promote.run({ projectId, personId: member.personId });
          else role.run({ projectId, personId: member.personId, role: v });
        }}
      />
      <FailureMessage failure={role.failure ?? promote.failure} />
    </span>
  );
}

/** A project member's "…" menu: remove from the project, confirmed with what it does. */
export function ProjectMemberMenu({ projectId, member }: { projectId: string; member: ProjectMemberRow }) {
  const remove = useServerAction(removeProjectMemberAction, { success: `${member.label} was removed from the project.` });
  const [confirmRemove, setConfirmRemove] = useState(false);
  const menu = useRef<HTMLButtonElement>(null);
  return (
    <span className="flex flex-col items-end gap-1">
      <RowMenu ref={menu} label={`Actions for ${member.label}`} items={[{ label: "Remove from project", danger: true, onSelect: () => setConfirmRemove(true) }]} />
      <ConfirmDialog returnFocusTo={menu} open={confirmRemove} onOpenChange={setConfirmRemove} title={`Remove ${member.label} from the project?`} confirmLabel="Remove" onConfirm={() => remove.run({ projectId, personId: member.personId })}>
        <p>They lose this project&apos;s content and roles; they stay in the hub.</p>
      </ConfirmDialog>
      <FailureMessage failure={remove.failure} />
    </span>
  );
}
