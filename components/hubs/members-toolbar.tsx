import { HUB_ROLE_LABELS } from "@/lib/permissions/hub-rules";

type Props = { action: string; q: string; role: string; status: string; sort: string };

/** The members table's search and filters: a plain GET form, so the URL holds the state. */
export function MembersToolbar({ action, q, role, status, sort }: Props) {
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Search
        <input name="q" defaultValue={q} placeholder="Name or email" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Hub role
        <select name="role" defaultValue={role} className={select}>
          <option value="">Any role</option>
          {Object.entries(HUB_ROLE_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Activation
        <select name="status" defaultValue={status} className={select}>
          <option value="">Active and deactivated</option>
          <option value="active">Active</option>
          <option value="deactivated">Deactivated</option>
        </select>
      </label>
      {sort !== "joined" ? <input type="hidden" name="sort" value={sort} /> : null}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
        Apply
      </button>
    </form>
  );
}
