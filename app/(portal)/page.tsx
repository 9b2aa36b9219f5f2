import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { accountNavigation } from "@/lib/permissions";
import { requestNavigation } from "@/lib/pages/request-facts";
import { visibleViews } from "@/lib/pages/account-views";
import { PortalFrame } from "@/components/shell/portal-frame";

export const metadata: Metadata = { title: "Start" };

/** Sends a person to their first account view, else their first hub; otherwise says why there is nothing. */
export default async function Home() {
  const actor = await requireActor();
  const nav = await requestNavigation();
  for (const account of nav.accounts) {
    const views = accountNavigation(account.actor, account.resource);
    const first = visibleViews(views)[0];
    if (first) redirect(`/accounts/${account.accountId}/${first.path}`);
  }
  const hub = nav.hubs[0];
  if (hub) redirect(`/hubs/${hub.hubId}`);
  return (
    <PortalFrame personId={actor.personId}>
      <div className="max-w-xl">
        <h1 className="text-2xl font-semibold">Welcome, {actor.name}</h1>
        <p className="mt-3 text-slate-700">
          You have nothing to administer here yet: you are not an admin, contract manager or software coordinator of an account, and
          not an active member of a hub.
        </p>
        {nav.accounts.length > 0 ? (
          <ul className="mt-4 list-disc pl-6 text-sm">
            {nav.accounts.map((a) => (
              <li key={a.accountId}>
                {a.name}: your roles there come with pages that are not part of the portal yet.
              </li>
            ))}
          </ul>
        ) : null}
        <p className="mt-4 text-sm text-slate-600">
          See what each role may do in the <Link href="/permissions" className="underline">permission matrix</Link>.
        </p>
        {/* hubs (issue 9): where an invitee or a person at a join domain goes next. */}
        <p className="mt-2 text-sm text-slate-600">
          Invited to a hub? Answer in <Link href="/invitations" className="underline">my invitations</Link>, or see the hubs you may join in{" "}
          <Link href="/hubs" className="underline">my hubs</Link>.
        </p>
      </div>
    </PortalFrame>
  );
}
