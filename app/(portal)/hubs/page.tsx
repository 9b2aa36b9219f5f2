import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { joinFacts, listMyHubs } from "@/lib/permissions/facts";
import { capabilities } from "@/lib/pages/capabilities";
import { HUB_ROLE_LABELS } from "@/lib/permissions";
import { accountFactsOf } from "@/lib/permissions/facts";
import { requestPersonFacts } from "@/lib/pages/request-facts";
import { PortalFrame } from "@/components/shell/portal-frame";
import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CreateHubDialog } from "@/components/hubs/create-hub-dialog";
import { joinHubAction } from "@/lib/hubs/actions";
import { LeaveHubButton } from "@/components/hubs/leave-hub-button";

export const metadata: Metadata = { title: "My hubs" };

/** My hubs with my role, the hubs my email's domain lets me join (HB-3), and creating a hub (HB-1). */
export default async function MyHubsPage() {
  const actor = await requireActor();
  const facts = await requestPersonFacts();
  const { mine, joinable } = await listMyHubs(await getDb(), actor.personId);
  // HB-1: the accounts where the policy lets this person create a hub.
  const creatable = facts.accounts.filter((a) => {
    const f = accountFactsOf(facts, a.accountId);
    return f ? capabilities(f, ["hubs.create"])["hubs.create"].allowed : false;
  });
  return (
    <PortalFrame personId={actor.personId}>
      <div className="flex max-w-3xl flex-col gap-6">
        <PageHeader
          title="My hubs"
          count={mine.length}
          description="Collaboration hubs you belong to, and those your email's domain lets you join."
          actions={creatable.length ? creatable.map((a) => <CreateHubDialog key={a.accountId} accountId={a.accountId} accountName={a.name} several={creatable.length > 1} />) : null}
        />
        <section aria-labelledby="mine">
          <h2 id="mine" className="text-lg font-medium">
            Hubs I belong to
          </h2>
          {mine.length === 0 ? (
            <div className="mt-2">
              <EmptyState title="You are not a member of any hub yet.">
                {creatable.length ? "Create one with the button above, or join one below." : "A hub administrator's invitation, or a join domain for your email, brings you in."}
              </EmptyState>
            </div>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Hubs I belong to">
              {mine.map((h) => (
                <li key={h.hubId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
                  {h.active ? (
                    <Link href={`/hubs/${h.hubId}`} className="font-medium text-blue-700 underline">
                      {h.name}
                    </Link>
                  ) : (
                    <span className="font-medium">{h.name}</span>
                  )}
                  <span className="flex flex-wrap items-center gap-2 text-slate-600">
                    {HUB_ROLE_LABELS[h.role]}
                    {h.active ? "" : " · deactivated: a hub administrator can reactivate you (HB-8)"}
                    {/* HB-8 Decision: any member may leave, a deactivated one too (the policy refuses only the last active administrator). */}
                    <LeaveHubButton hubId={h.hubId} hubName={h.name} active={h.active} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="joinable">
          <h2 id="joinable" className="text-lg font-medium">
            Hubs I may join
          </h2>
          {joinable.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No hub lets people at your email&apos;s domain join without an invitation.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Hubs I may join">
              {joinable.map((h) => {
                // The policy says whether I may join (HB-8 Decision: not after a removal or leaving while deactivated) and why not.
                const join = capabilities(joinFacts(actor.personId, h), ["hubs.join"])["hubs.join"];
                return (
                  <li key={h.hubId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm" data-testid="joinable-hub">
                    <span>
                      <span className="font-medium">{h.name}</span> <span className="text-slate-600">· open to people at {h.domain} (HB-3)</span>
                    </span>
                    {join.allowed ? (
                      <ActionButton action={joinHubAction} input={{ hubId: h.hubId }} label="Join as Hub Member" ariaLabel={`Join as Hub Member: ${h.name}`} size="sm" success={`You joined ${h.name}.`} />
                    ) : (
                      <span className="text-slate-600" data-testid="join-refusal">
                        {join.reason}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </PortalFrame>
  );
}
