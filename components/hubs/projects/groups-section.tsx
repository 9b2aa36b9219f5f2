"use client";

import { addGroupToProjectAction, createGroupAction, editGroupMembersAction } from "@/lib/hubs/projects/actions";
import type { Option, ProjectGroupRow } from "@/lib/hubs/projects/load-project-page";
import { PROJECT_ROLE_LABELS } from "@/lib/permissions/decide-common";
import { Field } from "@/components/ui/field";
import { ActionForm, SelectField } from "@/components/ui/action-form";
import { PickerNotes } from "./picker-notes";

type MemberPicker = { key: string; label: string; groups: Option[]; people: Option[] };
type Props = {
  hubId: string;
  projectId: string;
  groups: ProjectGroupRow[];
  /** Hub groups the policy would let the actor add to this project (PR-4, LP-2). */
  addableGroups: Option[];
  addGroupNotes: readonly string[];
  /** One picker per kind of group, each listing only people the policy would accept in it (LP-2, HB-8). */
  memberPickers: MemberPicker[];
  memberNotes: readonly string[];
  canAdd: boolean;
  canCreate: boolean;
  createReason: string;
};

/** Groups in the project (a group counts as one member, PR-6); adding one (PR-4); creating hub groups and editing their members (PR-4, FP-3). */
export function GroupsSection({ hubId, projectId, groups, addableGroups, addGroupNotes, memberPickers, memberNotes, canAdd, canCreate, createReason }: Props) {
  return (
    <section id="groups" aria-labelledby="groups-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
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
      {canAdd && addableGroups.length ? (
        <ActionForm action={addGroupToProjectAction} input={{ projectId }} submitLabel="Add group" label="Add a group" success="Group added: its members have the role now." inline>
          <SelectField label="Group" name="groupId" id="add-group-id" options={addableGroups.map((g) => ({ value: g.id, label: g.label }))} />
          <SelectField label="Role" name="role" id="add-group-role" options={[{ value: "editor", label: "Editor" }, { value: "viewer", label: "Viewer" }]} />
        </ActionForm>
      ) : null}
      {canAdd ? <PickerNotes testId="add-group-note" lead="Groups already in the project are not offered, nor:" notes={addGroupNotes} /> : null}
      {canCreate
        ? memberPickers.map((p) => (
            <ActionForm key={p.key} action={editGroupMembersAction} input={{ hubId, change: "add" }} submitLabel="Add to group" label={p.label} success="Added to the group: the projects it is in follow at once." inline>
              <SelectField label={p.key === "open" ? "Hub group in an Open project" : "Hub group"} name="groupId" id={`edit-group-id-${p.key}`} options={p.groups.map((g) => ({ value: g.id, label: g.label }))} />
              <SelectField label="Person" name="personId" id={`edit-group-person-${p.key}`} options={p.people.map((o) => ({ value: o.id, label: o.label }))} />
            </ActionForm>
          ))
        : null}
      {canCreate && memberPickers.length ? <PickerNotes testId="group-member-note" lead="Not offered for groups:" notes={memberNotes} /> : null}
      {canCreate ? (
        <ActionForm action={createGroupAction} input={{ hubId }} submitLabel="Create group" label="Create a hub group" success="Group created." inline>
          {(errorFor) => <Field label="New group name" name="name" id="create-group-name" required autoComplete="off" error={errorFor("name")} />}
        </ActionForm>
      ) : (
        <p className="text-sm text-slate-600">{createReason}</p>
      )}
    </section>
  );
}
