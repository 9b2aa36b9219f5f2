import { accountNavigation, decide, type ActionKey, type HubInfo } from "@/lib/permissions";
import type { NavigationAccount, NavigationHub } from "@/lib/permissions/facts";
import { visibleViews } from "@/lib/pages/account-views";
import { PER_KIND, type SearchResult } from "./search-types";
import { matchesWords } from "./match-words";

const HUB_PAGES: { action: ActionKey; label: string; path: string }[] = [
  { action: "hubs.view", label: "Projects", path: "" },
  { action: "hubs.viewMembers", label: "Hub members", path: "/members" },
  { action: "invitations.viewSent", label: "Hub invitations", path: "/invitations" },
  { action: "hubs.rename", label: "Hub settings", path: "/settings" },
  { action: "activity.viewHub", label: "Hub activity", path: "/activity" },
];

const PERSONAL_PAGES = [
  { label: "My hubs", href: "/hubs" },
  { label: "My invitations", href: "/invitations" },
  { label: "Permissions", href: "/permissions" },
];

/**
 * The pages the actor's navigation offers whose title (or account / hub name) has a word
 * starting with q: account views as the sidebar lists them (accountNavigation, HY-1), a
 * hub's pages as the policy allows them (HB-3, HB-9).
 */
export function searchPages(q: string, accounts: NavigationAccount[], hubs: { hub: NavigationHub; info: HubInfo; actor: Parameters<typeof decide>[0] }[]): SearchResult[] {
  const out: SearchResult[] = [];
  for (const p of PERSONAL_PAGES) if (matchesWords(p.label, q)) out.push({ kind: "page", id: p.href, label: p.label, detail: "Your pages", href: p.href });
  for (const a of accounts) {
    for (const v of visibleViews(accountNavigation(a.actor, a.resource))) {
      if (!matchesWords(v.label, q) && !matchesWords(a.name, q)) continue;
      const href = `/accounts/${a.accountId}/${v.path}`;
      out.push({ kind: "page", id: href, label: v.label, detail: a.name, href });
    }
  }
  for (const { hub, info, actor } of hubs) {
    for (const p of HUB_PAGES) {
      if (!matchesWords(p.label, q) && !matchesWords(hub.name, q)) continue;
      if (!decide(actor, p.action, { kind: "hub", hub: info }).allowed) continue;
      const href = `/hubs/${hub.hubId}${p.path}`;
      out.push({ kind: "page", id: href, label: p.label, detail: hub.name, href });
    }
  }
  return out.slice(0, PER_KIND);
}
