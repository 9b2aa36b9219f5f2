import { addProjectMemberAction } from "@/lib/hubs/projects/actions";
import type { Option, ProjectMemberRow } from "@/lib/hubs/projects/load-project-page";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions/decide-common";
import { HUB_ROLE_LABELS } from "@/lib/permissions/hub-rules";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ProjectMemberMenu, ProjectMemberRole } from "./member-row-controls";
import { ActionForm, SelectField } from "@/components/ui/action-form";
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
  const columns: Column<ProjectMemberRow>[] = [
    { key: "who", header: "Member", rowHeader: true, className: "break-words font-medium", cell: (m) => m.label },
    { key: "hubRole", header: "Hub role", cell: (m) => (m.hubRole ? HUB_ROLE[m.hubRole] : "not in the hub") },
    { key: "role", header: "Project role", cell: (m) => (canManage ? <ProjectMemberRole projectId={projectId} member={m} promotion={promote[m.personId]} /> : ROLE[m.role]) },
  ];
  return (
    <section id="members" aria-labelledby="members-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="members-heading" className="text-lg font-medium">
        Members ({members.length})
      </h2>
      <DataTable
        caption="Project members"
        columns={columns}
        rows={members}
        rowKey={(m) => m.personId}
        rowTestId={() => "project-member"}
        rowData={(m) => ({ "data-member": m.label })}
        empty="No members yet."
        dense
        actions={canManage ? (m) => <ProjectMemberMenu projectId={projectId} member={m} /> : undefined}
      />
      {addRoles.length && addable.length ? (
        <ActionForm action={addProjectMemberAction} input={{ projectId }} submitLabel="Add member" label="Add a hub member" success="Added to the project." inline>
          <SelectField label="Hub member" name="personId" id="add-member-person" options={addable.map((a) => ({ value: a.id, label: a.label }))} />
          <SelectField label="Project role" name="role" id="add-member-role" options={addRoles.map((r) => ({ value: r, label: ROLE[r] }))} />
        </ActionForm>
      ) : null}
      {addRoles.length ? <PickerNotes testId="add-member-note" lead="Hub members already in the project are not offered, nor:" notes={notes} /> : null}
    </section>
  );
}
