import { revokeShareLinkAction } from "@/lib/hubs/projects/actions";
import type { ShareLinkRow } from "@/lib/hubs/projects/load-project-page";
import { ActionButton } from "@/components/ui/action-button";

/** The project's live public links (HB-3); they stop at once when revoked, when the hub's sharing is off, or on transfer (PR-5). */
export function ShareLinksSection({ projectId, links, sharingEnabled }: { projectId: string; links: ShareLinkRow[]; sharingEnabled: boolean }) {
  return (
    <section id="share-links" aria-labelledby="share-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="share-heading" className="text-lg font-medium">
        Public share links
      </h2>
      {!sharingEnabled ? <p className="text-sm text-amber-800">The hub&apos;s sharing is off: every link answers &quot;no longer shared&quot; (HB-3).</p> : null}
      {links.length === 0 ? (
        <p className="text-sm text-slate-600">No live links. Share an item from the content list.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Share links">
          {links.map((l) => (
            <li key={l.linkId} className="flex items-center justify-between gap-2 py-2 text-sm" data-testid="share-link">
              <span>
                <span className="font-medium">{l.itemName}</span> · since {l.createdAt.toISOString().slice(0, 10)}
              </span>
              <ActionButton
                action={revokeShareLinkAction}
                input={{ projectId, linkId: l.linkId }}
                label="Revoke"
                ariaLabel={`Revoke link to ${l.itemName}`}
                variant="danger"
                size="sm"
                success={`The link to ${l.itemName} no longer works.`}
                confirm={{ title: `Revoke the link to ${l.itemName}?`, confirmLabel: "Revoke link", body: <p>Anyone opening it is told the item is no longer shared. A new link can be made from the content list (HB-3).</p> }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
