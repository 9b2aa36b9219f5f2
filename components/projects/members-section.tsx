"use client";

import { addProjectMemberAction } from "@/app/(portal)/hubs/[hubId]/projects/actions";
import type { Option, ProjectMemberRow } from "@/lib/hubs/projects/load-project-page";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions/decide-common";
import { HUB_ROLE_LABELS } from "@/lib/permissions/hub-rules";
import { ProjectMemberControls } from "./member-row-controls";
import { InlineForm, SelectField } from "./inline-form";
import { PickerNotes } from "./picker-notes";

const ROLE = PROJECT_ROLE_LABELS;
const HUB_ROLE = HUB_ROLE_LABELS;

type Props = {
  projectId: string;
  members: ProjectMemberRow[];
  /** Per member: may they be made Project Administrator (LP-3, FP-3, PR-1), with the policy's reason. */
  promote: Record<string, { allowed: boolean; reason: string; rule: string }>;
  canManage: boolean;
  /** Roles the actor may give when adding (PR-3: no higher than their own); empty = cannot add. */
  addRoles: readonly ("project_admin" | "editor" | "viewer")[];
  addable: Option[];
  /** Why some hub members are not offered, in the policy's words (HB-8, LP-2, LP-3). */
  notes: readonly string[];
};

/** Members with their project and hub roles (PR-1); adding hub members (PR-3, LP-2, PR-6); roles and promotion (LP-3, FP-3) for administrators. */
export function MembersSection({ projectId, members, promote, canManage, addRoles, addable, notes }: Props) {
  return (
    <section aria-labelledby="members-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="members-heading" className="text-lg font-medium">
        Members ({members.length})
      </h2>
      <ul className="divide-y divide-slate-100" aria-label="Project members">
        {members.map((m) => (
          <li key={m.personId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="project-member" data-member={m.label}>
            <span className="min-w-0 break-words">
              <span className="font-medium">{m.label}</span>
              {canManage ? null : <> · {ROLE[m.role]}</>} · {m.hubRole ? HUB_ROLE[m.hubRole] : "not in the hub"}
            </span>
            {canManage ? <ProjectMemberControls projectId={projectId} member={m} promotion={promote[m.personId]} /> : null}
          </li>
        ))}
      </ul>
      {addRoles.length && addable.length ? (
        <InlineForm action={addProjectMemberAction} base={{ projectId }} submit="Add member" label="Add a hub member" done={() => "Added."}>
          <SelectField label="Hub member" name="personId" id="add-member-person" options={addable.map((a) => ({ value: a.id, label: a.label }))} />
          <SelectField label="Project role" name="role" id="add-member-role" options={addRoles.map((r) => ({ value: r, label: ROLE[r] }))} />
        </InlineForm>
      ) : null}
      {addRoles.length ? <PickerNotes testId="add-member-note" lead="Hub members already in the project are not offered, nor:" notes={notes} /> : null}
    </section>
  );
}
