import Link from "next/link";
import type { ProjectListQuery } from "@/lib/hubs/projects/list-projects";

const KINDS = [
  ["", "All kinds"],
  ["folder", "Folder-level"],
  ["open", "Open"],
  ["closed", "Closed"],
  ["secret", "Secret"],
] as const;
const MEMBERSHIP = [
  ["", "All projects"],
  ["mine", "Projects I'm in"],
  ["others", "Projects I'm not in"],
] as const;

/** Search and filters of the projects list: a GET form, so the URL holds the state. */
export function ProjectFilters({ base, query }: { base: string; query: ProjectListQuery }) {
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <form method="get" action={base} role="search" aria-label="Search projects" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="projects-q" className="text-sm font-medium text-slate-700">
          Search
        </label>
        <input id="projects-q" name="q" defaultValue={query.q ?? ""} className={select} placeholder="Project name" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="projects-kind" className="text-sm font-medium text-slate-700">
          Kind
        </label>
        <select id="projects-kind" name="kind" defaultValue={query.kind ?? ""} className={select}>
          {KINDS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="projects-membership" className="text-sm font-medium text-slate-700">
          Membership
        </label>
        <select id="projects-membership" name="membership" defaultValue={query.membership ?? ""} className={select}>
          {MEMBERSHIP.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
        Apply
      </button>
      <Link href={base} className="px-2 py-2 text-sm text-blue-700 underline">
        Clear
      </Link>
    </form>
  );
}
