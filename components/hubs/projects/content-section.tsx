import { FileText, Folder } from "lucide-react";
import type { ProjectItemRow } from "@/lib/hubs/projects/load-project-page";
import { CreateItemForm } from "./create-item-form";
import { ItemRowControls } from "./item-row-controls";

type Props = { projectId: string; items: ProjectItemRow[]; canEdit: boolean; canShare: boolean; editReason: string };

/**
 * The project's folders and items (PR-1) as a tree: nested lists, each folder's list named
 * after it, so a screen reader says where an item sits. Everyone who reads sees them; Editors
 * and Project Administrators change them; Project Administrators share one by link (HB-3).
 * Rows render on the server; only each row's "…" menu is a client island.
 */
export function ContentSection({ projectId, items, canEdit, canShare, editReason }: Props) {
  const byParent = new Map<string | null, ProjectItemRow[]>();
  for (const i of items) byParent.set(i.parentId, [...(byParent.get(i.parentId) ?? []), i]);
  const folders = items.filter((i) => i.kind === "folder");
  const level = (parentId: string | null, depth: number, name: string) => (
    <ul aria-label={name} className={depth ? "ml-5 border-l border-slate-200 pl-2" : "divide-y divide-slate-100"}>
      {(byParent.get(parentId) ?? []).map((item) => {
        const inside = byParent.get(item.id)?.length ?? 0;
        return (
          <li key={item.id} data-testid="project-item" data-item={item.name}>
            <div className="flex items-center justify-between gap-2 py-1 text-sm">
              <span className="flex min-w-0 items-center gap-2">
                {item.kind === "folder" ? <Folder aria-hidden="true" className="h-4 w-4 shrink-0 text-amber-600" /> : <FileText aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-500" />}
                <span className="break-words font-medium">{item.name}</span>
                <span className={item.kind === "folder" ? "text-xs text-slate-500" : "sr-only"}>{item.kind === "folder" ? `folder, ${inside === 1 ? "1 entry" : `${inside} entries`}` : "(item)"}</span>
              </span>
              <ItemRowControls projectId={projectId} item={item} canEdit={canEdit} canShare={canShare} />
            </div>
            {item.kind === "folder" && inside > 0 ? level(item.id, depth + 1, `In ${item.name}`) : null}
          </li>
        );
      })}
    </ul>
  );
  return (
    <section id="content" aria-labelledby="content-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="content-heading" className="text-lg font-medium">
        Content ({items.length})
      </h2>
      {items.length === 0 ? <p className="text-sm text-slate-600">No folders or items yet.</p> : level(null, 0, "Project content")}
      {canEdit ? <CreateItemForm projectId={projectId} folders={folders.map((f) => ({ id: f.id, label: f.name }))} /> : <p className="text-sm text-slate-600">{editReason}</p>}
    </section>
  );
}
