import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/actor";
import { listVisibleProjects } from "@/lib/hubs/list-visible-projects";
import { HUB_ROLE_LABELS, PROJECT_ROLE_LABELS, loadHubFacts } from "@/lib/permissions";
import { authorizePage } from "@/lib/pages/authorize-page";
import { requireUuid } from "@/lib/pages/ids";
import { Refusal } from "@/components/ui/refusal";

export const metadata: Metadata = { title: "Hub" };

const KIND_LABEL = { folder: "Folder-level", open: "Open", closed: "Closed", secret: "Secret" } as const;

/** A hub's projects as the person may see them (HB-9, FP-*, LP-*). */
export default async function HubPage({ params }: { params: Promise<{ hubId: string }> }) {
  const hubId = requireUuid((await params).hubId);
  const actor = await requireActor();
  const db = await getDb();
  const facts = await loadHubFacts(db, actor.personId, hubId);
  const decision = authorizePage(facts, "hubs.view");
  if (!decision.allowed || !facts?.actor.hub) return <Refusal decision={decision} />;
  const membership = facts.actor.hub;
  const hub = { name: facts.name };
  const projects = await listVisibleProjects(db, actor.personId, membership);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{hub?.name}</h1>
        <p className="text-sm text-slate-600">Your hub role: {HUB_ROLE_LABELS[membership.role]}</p>
      </div>
      <h2 className="text-lg font-medium">Projects</h2>
      {projects.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">No projects you can see in this hub yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Projects">
          {projects.map((p) => (
            <li key={p.projectId} className="flex items-center justify-between px-4 py-2 text-sm">
              <span className="font-medium">{p.name}</span>
              <span className="text-slate-600">
                {KIND_LABEL[p.visibility ?? "folder"]} · {p.myRole ? PROJECT_ROLE_LABELS[p.myRole] : "Not a member"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
