import { transferProjectAction } from "@/lib/hubs/projects/actions";
import type { Option } from "@/lib/hubs/projects/load-project-page";
import type { TransferPreview } from "@/lib/hubs/projects/transfer-project";
import { ActionButton } from "@/components/ui/action-button";

type Props = { base: string; projectId: string; destinations: readonly Option[]; chosen: string | null; preview: TransferPreview | null };

/** Transfer to another hub (PR-5): pick a destination, read what will happen, then confirm. */
export function TransferSection({ base, projectId, destinations, chosen, preview }: Props) {
  return (
    <section id="transfer" aria-labelledby="transfer-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="transfer-heading" className="text-lg font-medium">
        Transfer to another hub
      </h2>
      <form method="get" action={base} className="flex flex-wrap items-end gap-2" aria-label="Choose a destination hub">
        <div className="flex flex-col gap-1">
          <label htmlFor="transfer-to" className="text-sm font-medium text-slate-700">
            Destination hub
          </label>
          <select id="transfer-to" name="transferTo" defaultValue={chosen ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {destinations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">
          Preview transfer
        </button>
      </form>
      {preview && chosen ? (
        <div data-testid="transfer-preview" className="flex flex-col gap-2 text-sm">
          <p className="font-medium">Moving this project to {preview.destinationName} (PR-5):</p>
          <ul className="list-disc pl-6">
            <li>its {preview.members} members and {preview.groups} groups are not moved;</li>
            <li>you become its Project Administrator there;</li>
            <li>its {preview.activeShareLinks} public share links stop working;</li>
            <li>its {preview.pendingJoinRequests} pending join requests are dropped.</li>
          </ul>
          <ActionButton
            action={transferProjectAction}
            input={{ projectId, destinationHubId: chosen }}
            label="Confirm transfer"
            variant="danger"
            success={`Transferred to ${preview.destinationName}.`}
            redirectTo={`/hubs/{hubId}/projects/${projectId}`}
          />
        </div>
      ) : null}
    </section>
  );
}
