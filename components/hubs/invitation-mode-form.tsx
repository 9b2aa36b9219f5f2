"use client";

import type { ActionResult } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";

const MODES = [
  { mode: "admins_only", label: "Administrators only", help: "Only hub administrators invite people to the hub." },
  { mode: "approval_required", label: "Members, with approval", help: "Hub Members invite too; their invitations wait until a hub administrator approves them." },
  { mode: "open", label: "Members, directly", help: "Hub Members invite too, and their invitations go out at once." },
] as const;

/** HB-3: the hub's invitation mode, each with what it means in one line. */
export function InvitationModeForm({ hubId, mode, action }: { hubId: string; mode: string; action: (input: unknown) => Promise<ActionResult<unknown>> }) {
  return (
    <ActionForm action={action} input={{ hubId }} submitLabel="Save invitation mode" success="Invitation mode saved." keepValues>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-700">Who invites people to the hub</legend>
        {MODES.map((m) => (
          <label key={m.mode} className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value={m.mode} defaultChecked={m.mode === mode} className="mt-1" aria-describedby={`mode-${m.mode}-help`} />
            <span>
              <span className="font-medium">{m.label}</span>
              <span id={`mode-${m.mode}-help`} className="block text-slate-600">
                {m.help}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}
