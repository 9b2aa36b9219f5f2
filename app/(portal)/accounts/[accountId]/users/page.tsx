import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { listNamedUsers, namedUserListQuery } from "@/lib/accounts/list-named-users";
import { loadAccountFacts } from "@/lib/permissions";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { NamedUsersTable } from "@/components/accounts/named-users-table";

export const metadata: Metadata = { title: "By User" };

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** By User: the account's named users (UM-5, UM-7). The URL holds search and position. */
export default async function ByUserPage({ params, searchParams }: Props) {
  const accountId = requireUuid((await params).accountId);
  const actor = await requireActor();
  const db = await getDb();
  const decision = authorizePage(await loadAccountFacts(db, actor.personId, accountId), "namedUsers.view");
  if (!decision.allowed) return <Refusal decision={decision} />;
  const parsed = namedUserListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : namedUserListQuery.parse({});
  const { rows, next } = await listNamedUsers(db, accountId, query);
  const base = `/accounts/${accountId}/users`;
  const withParams = (extra: Record<string, string>) => {
    const p = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...extra });
    const s = p.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">By User</h1>
        <form role="search" className="flex gap-2" action={base}>
          <label htmlFor="user-search" className="sr-only">
            Search users by name or email
          </label>
          <input
            id="user-search"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Search by name or email"
            className="w-72 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">Search</button>
        </form>
      </div>
      <NamedUsersTable rows={rows} emptyText={query.q ? `No users match “${query.q}”.` : "This account has no named users yet."} />
      <KeysetPager hasPrevious={Boolean(query.after)} next={next} href={(after) => withParams(after ? { after } : {})} />
    </div>
  );
}
