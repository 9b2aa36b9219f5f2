import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { contractScope } from "@/lib/contracts/list-contracts";
import { classicContractScopeSql } from "@/lib/contracts/list-classic-users";
import { visibleProjectScope } from "@/lib/hubs/projects/list-projects";
import { decide, HUB_ROLE_LABELS, type ActorFacts } from "@/lib/permissions";
import { actorWith, loadHubInfos, loadPersonFacts, navigationOf, type PersonHub } from "@/lib/permissions/facts";
import { searchPages } from "./search-pages";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { PER_KIND, SEARCH_KINDS, type SearchAnswer, type SearchKind, type SearchResult } from "./search-types";

/** The search text at the door: trimmed, 1 to 100 characters, no control characters (a NUL among them). */
export const searchQuery = z.object({ q: text({ max: 100, min: 1, minMessage: "Type something to search for.", maxMessage: "Search for at most 100 characters." }) });

/** LIKE's wildcards in the search text stand for themselves. */
const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Ids of the people `inScope` (an EXISTS on `p`) whose email or name starts with q, and from
 * three characters on, whose name has a later word starting with it: each part walks its own
 * index in its order (people_email_prefix, people_name_prefix, whose text_pattern_ops order
 * `using ~<~` names; the trigram index for the word, selective enough from three characters)
 * and stops at PER_KIND people in scope. Its worst case is a prefix common among everyone and
 * rare in the actor's scope: the walk then reads every person with that prefix.
 */
function peopleMatching(q: string, inScope: SQL): SQL {
  const low = q.toLowerCase();
  const prefix = `${escapeLike(low)}%`;
  const parts = [
    sql`(select p.id, p.email from people p where ${startsWith(sql`p.email`, low)} and ${inScope} order by p.email using ~<~ limit ${PER_KIND})`,
    sql`(select p.id, p.email from people p where ${startsWith(sql`lower(p.name)`, low)} and ${inScope} order by lower(p.name) using ~<~ limit ${PER_KIND})`,
  ];
  if (q.length >= 3) parts.push(sql`(select p.id, p.email from people p where p.name ilike ${`% ${prefix}`} and ${inScope} limit ${PER_KIND})`);
  return sql`select u.id from (${sql.join(parts, sql` union `)}) u order by u.email limit ${PER_KIND}`;
}

/**
 * `column` starts with `low`, as a range of the text_pattern_ops operators (byte order, which
 * is code point order in UTF-8): unlike LIKE with a bound parameter, a range stays an index
 * condition in the generic plan of a prepared statement. The LIKE keeps the answer exact.
 */
function startsWith(column: SQL, low: string): SQL {
  const like = sql`${column} like ${`${escapeLike(low)}%`}`;
  const chars = [...low];
  const last = chars.pop()!.codePointAt(0)!;
  const next = last + 1;
  if (next > 0x10ffff || (next >= 0xd800 && next <= 0xdfff)) return sql`(${column} ~>=~ ${low} and ${like})`;
  return sql`(${column} ~>=~ ${low} and ${column} ~<~ ${chars.join("") + String.fromCodePoint(next)} and ${like})`;
}

type Row = { kind: SearchKind; route: string; scope_id: string; id: string; label: string; detail: string };

const anyOf = (parts: SQL[]) => sql`(${sql.join(parts, sql` or `)})`;
const uuids = (ids: string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

function hrefOf(r: Row): string {
  switch (r.route) {
    case "named":
      return `/accounts/${r.scope_id}/users/${r.id}`;
    case "classic":
      return `/accounts/${r.scope_id}/people/${r.id}`;
    case "member":
      // The members page has no page per person: it opens filtered to them.
      return `/hubs/${r.scope_id}/members?${new URLSearchParams({ q: r.detail.split(" · ")[0]! })}`;
    case "contract":
      return `/accounts/${r.scope_id}/contracts/${r.id}`;
    case "hub":
      return `/hubs/${r.id}`;
    default:
      return `/hubs/${r.scope_id}/projects/${r.id}`;
  }
}

/**
 * "Search everywhere" (issue 15): what the signed-in person may see whose name, email or
 * number starts with q (or has a word starting with it), at most PER_KIND of each kind.
 * Every kind is scoped by the rules its list page uses, through the same fragments:
 * - people: By User's named users where the policy shows By User (UM-7: primary and
 *   secondary admins of that account only); classic users of the contracts Classic User
 *   Management shows them (classicContractScopeSql: UM-7, CL-3, CL-8); members of the hubs
 *   whose members page they may open (HB-3);
 * - contracts: the contracts list's scope (contractScope: UM-7, CL-3, CL-8);
 * - hubs: those they are an active member of (HB-8, HB-9);
 * - projects: the hub's projects list scope (visibleProjectScope: FP-2, FP-4, LP-2, LP-3,
 *   LP-5, LP-6: a Secret project only to its members and the hub's administrators).
 * Reads only, in three statements: the person's facts, their hubs' facts, the search.
 */
export async function searchEverything(db: Db, personId: string, raw: unknown): Promise<ActionResult<SearchAnswer>> {
  const parsed = searchQuery.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Check the search.", fieldErrors: { q: parsed.error.issues.map((i) => i.message) } };
  const q = parsed.data.q;
  const facts = await loadPersonFacts(db, personId);
  const nav = navigationOf(facts);
  const infos = await loadHubInfos(
    db,
    facts.hubs.map((h) => h.hubId),
  );
  const hubActors = facts.hubs.flatMap((h: PersonHub) => {
    const info = infos.get(h.hubId);
    const actor: ActorFacts = actorWith(personId, { hub: { hubId: h.hubId, role: h.role, active: h.active, adminOfAnyProject: h.adminOfAnyProject } });
    return info ? [{ h, info, actor }] : [];
  });
  const hubMay = (action: "hubs.view" | "hubs.viewMembers") => hubActors.filter((x) => decide(x.actor, action, { kind: "hub", hub: x.info }).allowed);
  const accountsFor = (action: "account.viewByUser" | "account.viewClassic" | "contracts.viewList") =>
    nav.accounts.filter((a) => decide(a.actor, action, a.resource).allowed && a.actor.account !== null);

  const prefix = `${escapeLike(q.toLowerCase())}%`;
  const word = `% ${prefix}`;
  const afterBreak = `%\n${prefix}`;
  const branches: SQL[] = [];

  const named = accountsFor("account.viewByUser").map((a) => a.accountId);
  if (named.length) {
    // named_users' lower-cased "name\nemail" copy: a name's words and the email's start, served by named_users_search_trgm.
    branches.push(sql`(select 'person' as kind, 'named' as route, nu.account_id::text as scope_id, nu.person_id::text as id,
        coalesce(nullif(p.name, ''), p.email) as label, p.email || ' · Named user, ' || a.name as detail
      from named_users nu join people p on p.id = nu.person_id join accounts a on a.id = nu.account_id
      where nu.account_id in (${uuids(named)}) and (nu.search_text like ${prefix} or nu.search_text like ${word} or nu.search_text like ${afterBreak})
      order by nu.sort_email, nu.person_id limit ${PER_KIND})`);
  }
  const classic = accountsFor("account.viewClassic").map((a) => sql`(c.account_id = ${a.accountId}::uuid and ${classicContractScopeSql(a.actor.account!)})`);
  if (classic.length) {
    const where = sql`c.management = 'classic' and ${anyOf(classic)}`;
    const matching = peopleMatching(q, sql`exists (select 1 from classic_users cu join contracts c on c.id = cu.contract_id where cu.person_id = p.id and ${where})`);
    // A person may be a classic user in two accounts the actor sees: the row links to one of them.
    branches.push(sql`(select 'person' as kind, 'classic' as route, x.account_id::text as scope_id, p.id::text as id, coalesce(nullif(p.name, ''), p.email) as label,
        p.email || ' · Classic user, ' || a.name as detail
      from (${matching}) hit join people p on p.id = hit.id
      cross join lateral (select c.account_id from classic_users cu join contracts c on c.id = cu.contract_id where cu.person_id = p.id and ${where} order by c.account_id limit 1) x
      join accounts a on a.id = x.account_id
      order by p.email limit ${PER_KIND})`);
  }
  const memberHubs = hubMay("hubs.viewMembers").map((x) => x.h.hubId);
  if (memberHubs.length) {
    const matching = peopleMatching(q, sql`exists (select 1 from hub_members m where m.person_id = p.id and m.hub_id in (${uuids(memberHubs)}))`);
    branches.push(sql`(select 'person' as kind, 'member' as route, x.hub_id::text as scope_id, p.id::text as id, coalesce(nullif(p.name, ''), p.email) as label,
        p.email || ' · Hub member, ' || h.name as detail
      from (${matching}) hit join people p on p.id = hit.id
      cross join lateral (select m.hub_id from hub_members m where m.person_id = p.id and m.hub_id in (${uuids(memberHubs)}) order by m.hub_id limit 1) x
      join hubs h on h.id = x.hub_id
      order by p.email limit ${PER_KIND})`);
  }
  const contractScopes = accountsFor("contracts.viewList").map((a) => sql`(contracts.account_id = ${a.accountId}::uuid and ${contractScope(a.actor.account!) ?? sql`true`})`);
  if (contractScopes.length) {
    branches.push(sql`(select 'contract' as kind, 'contract' as route, contracts.account_id::text as scope_id, contracts.id::text as id, 'Contract ' || contracts.number as label,
        initcap(contracts.management::text) || ' contract · ' || a.name as detail
      from contracts join accounts a on a.id = contracts.account_id
      where ${anyOf(contractScopes)} and lower(contracts.number) like ${prefix}
      order by contracts.number limit ${PER_KIND})`);
  }
  const visibleHubs = hubMay("hubs.view");
  if (visibleHubs.length) {
    branches.push(sql`(select 'hub' as kind, 'hub' as route, h.account_id::text as scope_id, h.id::text as id, h.name as label, 'Hub' as detail from hubs h
      where h.id in (${uuids(visibleHubs.map((x) => x.h.hubId))}) and (lower(h.name) like ${prefix} or lower(h.name) like ${word})
      order by lower(h.name), h.id limit ${PER_KIND})`);
    const scopes = visibleHubs.map((x) => sql`(pr.hub_id = ${x.h.hubId}::uuid and ${visibleProjectScope(personId, { hubId: x.h.hubId, role: x.h.role, active: x.h.active, adminOfAnyProject: x.h.adminOfAnyProject })})`);
    branches.push(sql`(select 'project' as kind, 'project' as route, pr.hub_id::text as scope_id, pr.id::text as id, pr.name as label,
        case when pr.kind = 'folder' then 'Project' else initcap(pr.visibility::text) || ' project' end || ' · ' || h.name as detail
      from projects pr join hubs h on h.id = pr.hub_id
      where ${anyOf(scopes)} and (lower(pr.name) like ${prefix} or lower(pr.name) like ${word})
      order by lower(pr.name), pr.id limit ${PER_KIND})`);
  }

  const rows: Row[] = [];
  if (branches.length) {
    const result = await db.execute(sql.join(branches, sql` union all `));
    rows.push(...((Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[]));
  }
  const roleOf = new Map(facts.hubs.map((h) => [h.hubId, HUB_ROLE_LABELS[h.role]]));
  const found: SearchResult[] = rows.map((r) => ({
    kind: r.kind,
    id: `${r.route}:${r.scope_id}:${r.id}`,
    label: r.label,
    detail: r.route === "hub" ? `Hub · you are ${roleOf.get(r.id) ?? "a member"}` : r.detail,
    href: hrefOf(r),
  }));
  const pages = searchPages(
    q,
    nav.accounts,
    visibleHubs.map((x) => ({ hub: { hubId: x.h.hubId, name: x.h.name, accountId: x.h.accountId, role: x.h.role }, info: x.info, actor: x.actor })),
  );
  // People first by kind of list (By User, Classic, hub members), each branch already in order and limited.
  const people = found.filter((r) => r.kind === "person").slice(0, PER_KIND);
  const byKind = (k: SearchKind) => (k === "page" ? pages : k === "person" ? people : found.filter((r) => r.kind === k));
  return { ok: true, data: { q, results: SEARCH_KINDS.flatMap(byKind) } };
}
