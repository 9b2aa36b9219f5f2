"use client";

import { changeHubRoleAction, removeHubMemberAction, setMemberActivationAction } from "@/app/(portal)/hubs/[hubId]/members/actions";
import { HUB_ROLE_LABELS } from "@/lib/permissions/hub-rules";
import type { HubRole } from "@/lib/permissions/types";
import { useServerAction } from "@/components/hooks/use-server-action";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FailureMessage } from "@/components/ui/failure-message";

/** What the policy lets the viewer do to one member (computed on the server; this component never decides). */
export type MemberCapabilities = {
  roles: { role: HubRole; allowed: boolean; reason: string }[];
  activation: { allowed: boolean; reason: string };
  remove: { allowed: boolean; reason: string };
};

type Props = { hubId: string; personId: string; name: string; active: boolean; openProjects: string[]; adminProjects: string[]; can: MemberCapabilities };

/** A member's row actions: only HB-10's transitions are offered; a refused one says why (HB-8). */
export function MemberActions({ hubId, personId, name, active, openProjects, adminProjects, can }: Props) {
  const role = useServerAction(changeHubRoleAction);
  const activation = useServerAction(setMemberActivationAction);
  const remove = useServerAction(removeHubMemberAction);
  return (
    <div className="flex flex-wrap items-start gap-2">
      {can.roles.map((r) => (
        <ConfirmButton
          key={r.role}
          label={`Make ${HUB_ROLE_LABELS[r.role]}`}
          ariaLabel={`Make ${HUB_ROLE_LABELS[r.role]}: ${name}`}
          title={`Make ${name} ${HUB_ROLE_LABELS[r.role]}?`}
          confirmLabel="Change role"
          variant="primary"
          disabled={!r.allowed || role.pending}
          disabledReason={r.reason}
          onConfirm={() => role.run({ hubId, personId, role: r.role })}
        >
          {r.role === "project_contributor" ? (
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
          ) : (
            <p>{r.reason}</p>
          )}
        </ConfirmButton>
      ))}
      <ConfirmButton
        label={active ? "Deactivate" : "Reactivate"}
        ariaLabel={`${active ? "Deactivate" : "Reactivate"} ${name}`}
        title={`${active ? "Deactivate" : "Reactivate"} ${name}?`}
        confirmLabel={active ? "Deactivate" : "Reactivate"}
        variant={active ? "danger" : "primary"}
        disabled={!can.activation.allowed || activation.pending}
        disabledReason={can.activation.reason}
        onConfirm={() => activation.run({ hubId, personId, active: !active })}
      >
        <p>{active ? `${name} keeps their role but reaches neither the hub nor its projects until reactivated (HB-8).` : `${name} reaches the hub again with their role.`}</p>
      </ConfirmButton>
      <ConfirmButton
        label="Remove"
        ariaLabel={`Remove ${name}`}
        title={`Remove ${name} from the hub?`}
        confirmLabel="Remove"
        disabled={!can.remove.allowed || remove.pending}
        disabledReason={can.remove.reason}
        onConfirm={() => remove.run({ hubId, personId })}
      >
        <p>They leave the hub and its projects, and every pending invitation addressed to them is cancelled (HB-7).</p>
        <p>The hub remembers the removal: they cannot join again by email domain, only by a hub administrator&apos;s invitation (HB-8).</p>
      </ConfirmButton>
      <FailureMessage failure={role.failure ?? activation.failure ?? remove.failure} />
    </div>
  );
}
