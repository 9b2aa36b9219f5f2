import { accountNavigation } from "@/lib/permissions";
import { requestNavigation, requestPersonFacts } from "@/lib/pages/request-facts";
import { visibleViews } from "@/lib/pages/account-views";
import { devMailboxFor } from "@/lib/outbox/delivery-mode";
import { AccountSwitcher } from "./account-switcher";
import { NavLink } from "./nav-link";
import { HubNavLinks } from "@/components/hubs/hub-nav-links";

/**
 * The portal's main navigation. Account views follow HY-1 through the policy: a view the
 * account (or the person) does not have is not listed.
 */
export async function Sidebar({ accountId }: { personId: string; accountId?: string }) {
  // The request's facts, already loaded by the layout: no query of its own.
  const [nav, facts] = await Promise.all([requestNavigation(), requestPersonFacts()]);
  const mailbox = devMailboxFor(facts.demoWorld);
  const current = nav.accounts.find((a) => a.accountId === accountId);
  const views = current ? accountNavigation(current.actor, current.resource) : null;
  return (
    <nav aria-label="Main" className="flex w-full flex-col gap-5 bg-white p-4 md:w-60 md:shrink-0 md:border-r md:border-slate-200">
      {nav.accounts.length > 1 || (nav.accounts.length === 1 && !current) ? (
        <AccountSwitcher accounts={nav.accounts.map(({ accountId: id, name }) => ({ accountId: id, name }))} current={current?.accountId} />
      ) : current ? (
        <p className="text-sm font-semibold text-slate-800">{current.name}</p>
      ) : null}
      {current && views ? (
        <ul className="flex flex-col gap-0.5">
          {visibleViews(views).map((v) => (
            <li key={v.key}>
              <NavLink href={`/accounts/${current.accountId}/${v.path}`}>{v.label}</NavLink>
            </li>
          ))}
        </ul>
      ) : null}
      {nav.hubs.length > 0 ? (
        <div>
          <h2 className="px-3 text-xs font-medium uppercase tracking-wide text-slate-500">Hubs</h2>
          <ul className="mt-1 flex flex-col gap-0.5">
            {nav.hubs.map((h) => (
              <li key={h.hubId}>
                <NavLink href={`/hubs/${h.hubId}`}>{h.name}</NavLink>
                <HubNavLinks hubId={h.hubId} hubName={h.name} role={h.role} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="mt-auto flex flex-col gap-0.5 border-t border-slate-200 pt-3">
        {/* hubs (issue 9): my hubs and my pending invitations */}
        <li>
          <NavLink href="/hubs">My hubs</NavLink>
        </li>
        <li>
          <NavLink href="/invitations">My invitations</NavLink>
        </li>
        <li>
          <NavLink href="/permissions">Permissions</NavLink>
        </li>
        {mailbox ? (
          <li>
            <a href="/dev/mailbox" className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
              Development mailbox
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
