import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { loadHubSettings } from "@/lib/hubs/load-hub-settings";
import { requestHubFacts } from "@/lib/hubs/request-hub-facts";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { HubAdminNav } from "@/components/hubs/hub-admin-nav";
import { InvitationModeForm } from "@/components/hubs/invitation-mode-form";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { JoinDomainForm, RenameHubForm } from "@/components/hubs/settings-forms";
import { addJoinDomainAction, removeJoinDomainAction, renameHubAction, setHubSharingAction, setInvitationModeAction } from "@/lib/hubs/actions";

export const metadata: Metadata = { title: "Hub settings" };

/** The hub's settings for its administrators (HB-3, HB-6): name, access, join domains, sharing. */
export default async function HubSettingsPage({ params }: { params: Promise<{ hubId: string }> }) {
  const hubId = requireUuid((await params).hubId);
  const facts = await requestHubFacts(hubId);
  const decision = authorizePage(facts, "hubs.rename");
  if (!decision.allowed || !facts) return <Refusal decision={decision} />;
  const s = await loadHubSettings(await getDb(), hubId);
  if (!s) return <Refusal decision={decision} />;
  const section = "flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4";
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <HubAdminNav hubId={hubId} hubName={s.name} current="/settings" />
      <PageHeader title="Settings" description="Who may join and invite, and whether project content may be shared by public link." />
      <section aria-labelledby="s-name" className={section}>
        <h2 id="s-name" className="text-lg font-medium">
          Name
        </h2>
        <RenameHubForm hubId={hubId} name={s.name} action={renameHubAction} />
      </section>
      <section aria-labelledby="s-mode" className={section}>
        <h2 id="s-mode" className="text-lg font-medium">
          Invitations
        </h2>
        <InvitationModeForm hubId={hubId} mode={s.invitationMode} action={setInvitationModeAction} />
      </section>
      <section aria-labelledby="s-domains" className={section}>
        <h2 id="s-domains" className="text-lg font-medium">
          Join domains
        </h2>
        <p className="text-sm text-slate-600">People signed in with an email at these domains join as Hub Members without an invitation. Public email services such as gmail.com cannot be join domains.</p>
        {s.joinDomains.length === 0 ? (
          <p className="text-sm text-slate-600">No join domains: people join only by invitation.</p>
        ) : (
          <ul aria-label="Join domains" className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {s.joinDomains.map((d) => (
              <li key={d} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
                <span>{d}</span>
                <ActionButton
                  action={removeJoinDomainAction}
                  input={{ hubId, domain: d }}
                  label="Remove"
                  ariaLabel={`Remove ${d}`}
                  size="sm"
                  success={`${d} is no longer a join domain.`}
                  confirm={{ title: `Remove ${d}?`, confirmLabel: "Remove domain", body: <p>People at {d} no longer join this hub without an invitation. Those who already joined stay members (HB-3).</p> }}
                />
              </li>
            ))}
          </ul>
        )}
        <JoinDomainForm hubId={hubId} action={addJoinDomainAction} />
      </section>
      <section aria-labelledby="s-sharing" className={section}>
        <h2 id="s-sharing" className="text-lg font-medium">
          Public sharing
        </h2>
        <p className="text-sm text-slate-600">
          {s.sharingEnabled
            ? "On: project administrators may share project content by public link. Turning it off disables every existing link at once, for good (HB-3)."
            : "Off: no public link of this hub works. Turning it on again lets project administrators create new links; the disabled ones do not come back (HB-3)."}
        </p>
        <div>
          <ActionButton
            action={setHubSharingAction}
            input={{ hubId, enabled: !s.sharingEnabled }}
            label={s.sharingEnabled ? "Turn sharing off" : "Turn sharing on"}
            success={s.sharingEnabled ? "Public sharing is off." : "Public sharing is on."}
            {...(s.sharingEnabled
              ? { variant: "danger" as const, confirm: { title: "Turn public sharing off?", confirmLabel: "Turn sharing off", body: <p>Every public link of this hub stops working at once, for good: turning sharing on again does not bring them back (HB-3).</p> } }
              : {})}
          />
        </div>
      </section>
    </div>
  );
}
