"use client";

import { addGroupToProjectAction, createGroupAction, editGroupMembersAction } from "@/app/(portal)/hubs/[hubId]/projects/actions";
import type { Option, ProjectGroupRow } from "@/lib/hubs/projects/load-project-page";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions/decide-common";
import { Field } from "@/components/ui/field";
import { InlineForm, SelectField } from "./inline-form";

type Props = { hubId: string; projectId: string; groups: ProjectGroupRow[]; hubGroups: Option[]; hubPeople: Option[]; canAdd: boolean; canCreate: boolean; createReason: string };

/** Groups in the project (a group counts as one member, PR-6); adding one (PR-4); creating hub groups (PR-4, FP-3). */
export function GroupsSection({ hubId, projectId, groups, hubGroups, hubPeople, canAdd, canCreate, createReason }: Props) {
  const addable = hubGroups.filter((g) => !groups.some((x) => x.groupId === g.id));
  return (
    <section aria-labelledby="groups-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="groups-heading" className="text-lg font-medium">
        Groups
      </h2>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">No groups in this project.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Project groups">
          {groups.map((g) => (
            <li key={g.groupId} className="py-2 text-sm" data-testid="project-group">
              <span className="font-medium">{g.name}</span> · {PROJECT_ROLE_LABELS[g.role]} · {g.members} people
            </li>
          ))}
        </ul>
      )}
      {canAdd && addable.length ? (
        <InlineForm action={addGroupToProjectAction} base={{ projectId }} submit="Add group" label="Add a group" done={() => "Group added: its members have the role now."}>
          <SelectField label="Group" name="groupId" id="add-group-id" options={addable.map((g) => ({ value: g.id, label: g.label }))} />
          <SelectField label="Role" name="role" id="add-group-role" options={[{ value: "editor", label: "Editor" }, { value: "viewer", label: "Viewer" }]} />
        </InlineForm>
      ) : null}
      {canCreate && hubGroups.length && hubPeople.length ? (
        <InlineForm action={editGroupMembersAction} base={{ hubId, change: "add" }} submit="Add to group" label="Add a hub member to a group" done={() => "Added to the group: the projects it is in follow at once."}>
          <SelectField label="Hub group" name="groupId" id="edit-group-id" options={hubGroups.map((g) => ({ value: g.id, label: g.label }))} />
          <SelectField label="Person" name="personId" id="edit-group-person" options={hubPeople.map((p) => ({ value: p.id, label: p.label }))} />
        </InlineForm>
      ) : null}
      {canCreate ? (
        <InlineForm action={createGroupAction} base={{ hubId }} submit="Create group" label="Create a hub group" done={() => "Group created."}>
          <Field label="New group name" name="name" id="create-group-name" required autoComplete="off" />
        </InlineForm>
      ) : (
        <p className="text-sm text-slate-600">{createReason}</p>
      )}
    </section>
  );
}
