"use client";

import { useRef, useState } from "react";
import { changeHubRoleAction, removeHubMemberAction, setMemberActivationAction } from "@/lib/hubs/actions";
import { HUB_ROLE_LABELS } from "@/lib/permissions/hub-rules";
import type { HubRole } from "@/lib/permissions/types";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FailureMessage } from "@/components/ui/failure-message";
import { RowMenu } from "@/components/ui/row-menu";
import { Select } from "@/components/ui/select";

/** What the policy lets the viewer do to one member (computed on the server; this component never decides). */
export type MemberCapabilities = {
  roles: { role: HubRole; allowed: boolean; reason: string }[];
  activation: { allowed: boolean; reason: string };
  remove: { allowed: boolean; reason: string };
};

type Member = { hubId: string; personId: string; name: string; role: HubRole; active: boolean; openProjects: string[]; adminProjects: string[]; projects: number; openInvitations: number; can: MemberCapabilities };

/**
 * A member's hub role as a selector: only HB-10's transitions are offered, a refused one is
 * shown disabled with its reason; choosing one asks for confirmation with what else changes (LP-2, LP-3).
 */
export function MemberRoleSelect({ hubId, personId, name, role, openProjects, adminProjects, can }: Member) {
  const change = useServerAction(changeHubRoleAction, { success: (d) => `${name} is now ${HUB_ROLE_LABELS[d.role]}.` });
  const [toRole, setToRole] = useState<HubRole | null>(null);
  if (can.roles.length === 0) return <span>{HUB_ROLE_LABELS[role]}</span>;
  const options = [
    { value: role, label: HUB_ROLE_LABELS[role] },
    ...can.roles.map((r) => ({ value: r.role, label: HUB_ROLE_LABELS[r.role], ...(r.allowed ? {} : { disabledReason: r.reason }) })),
  ];
  return (
    <div className="flex flex-col gap-1">
      <Select label={`Hub role: ${name}`} value={role} options={options} disabled={change.pending} onValueChange={(v) => v !== role && setToRole(v as HubRole)} />
      <ConfirmDialog
        open={toRole !== null}
        onOpenChange={(open) => !open && setToRole(null)}
        title={`Make ${name} ${toRole ? HUB_ROLE_LABELS[toRole] : ""}?`}
        confirmLabel="Change role"
        variant="primary"
        onConfirm={() => toRole && change.run({ hubId, personId, role: toRole })}
      >
        {toRole === "project_contributor" ? <ContributorEffects name={name} openProjects={openProjects} adminProjects={adminProjects} /> : <p>{can.roles.find((r) => r.role === toRole)?.reason}</p>}
      </ConfirmDialog>
      <FailureMessage failure={change.failure} />
    </div>
  );
}

function ContributorEffects({ name, openProjects, adminProjects }: { name: string; openProjects: string[]; adminProjects: string[] }) {
  return (
    <>
      {openProjects.length > 0 ? (
        <div>
          <p>Project Contributors cannot be in Open projects (LP-2), so {name} will also be removed from:</p>
          <ul className="mt-1 list-disc pl-5">
            {openProjects.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{name} is in no Open project, so no project membership changes.</p>
      )}
      {adminProjects.length > 0 ? (
        <div className="mt-2">
          <p>Project Contributors cannot be project administrators (LP-3), so {name} will become Editor in:</p>
          <ul className="mt-1 list-disc pl-5">
            {adminProjects.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** A member's "…" menu: deactivate or reactivate, remove — each confirmed with what it does (HB-7, HB-8). */
export function MemberMenu({ hubId, personId, name, active, projects, openInvitations, can }: Member) {
  const activation = useServerAction(setMemberActivationAction, { success: `${name} is ${active ? "deactivated" : "active again"}.` });
  const remove = useServerAction(removeHubMemberAction, { success: `${name} was removed from the hub.` });
  const [confirm, setConfirm] = useState<"activation" | "remove" | null>(null);
  const menu = useRef<HTMLButtonElement>(null);
  const verb = active ? "Deactivate" : "Reactivate";
  return (
    <div className="flex flex-col items-end gap-1">
      <RowMenu ref={menu}
        label={`Actions for ${name}`}
        items={[
          { label: verb, onSelect: () => setConfirm("activation"), ...(can.activation.allowed ? {} : { disabledReason: can.activation.reason }) },
          { label: "Remove from hub", danger: true, onSelect: () => setConfirm("remove"), ...(can.remove.allowed ? {} : { disabledReason: can.remove.reason }) },
        ]}
      />
      <ConfirmDialog returnFocusTo={menu}
        open={confirm === "activation"}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={`${verb} ${name}?`}
        confirmLabel={verb}
        variant={active ? "danger" : "primary"}
        onConfirm={() => activation.run({ hubId, personId, active: !active })}
      >
        <p>{active ? `${name} keeps their role but reaches neither the hub nor its projects until reactivated (HB-8).` : `${name} reaches the hub again with their role.`}</p>
      </ConfirmDialog>
      <ConfirmDialog returnFocusTo={menu} open={confirm === "remove"} onOpenChange={(open) => !open && setConfirm(null)} title={`Remove ${name} from the hub?`} confirmLabel="Remove" onConfirm={() => remove.run({ hubId, personId })}>
        <p>
          They leave the hub and {projects === 1 ? "the 1 project" : `the ${projects} projects`} they are in here.{" "}
          {openInvitations === 0 ? "No invitation of this hub is waiting for them." : `${openInvitations === 1 ? "The 1 invitation" : `The ${openInvitations} invitations`} of this hub addressed to them ${openInvitations === 1 ? "is" : "are"} cancelled (HB-7).`}
        </p>
        <p className="mt-2">The hub remembers the removal: they cannot join again by email domain, only by a hub administrator&apos;s invitation (HB-8).</p>
      </ConfirmDialog>
      <FailureMessage failure={activation.failure ?? remove.failure} />
    </div>
  );
}
