import { z } from "zod";
import { joinRequests } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { text } from "@/lib/input/schemas";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { projectHeader, projectPath } from "./project-input";

export const requestJoinInput = z.object({ projectId: z.uuid(), message: text({ max: 500 }).default("") });

/**
 * A Hub Member asks to join a folder-level (FP-4) or Closed/Open legacy (LP-5) project they
 * are not in. Secret projects are not asked for (LP-6); Project Contributors never ask
 * (FP-2, LP-3). One pending request per person and project: a unique index holds it.
 */
export const requestJoin = defineAction({
  input: requestJoinInput,
  action: "projects.requestJoin",
  facts: (tx, { projectId }, actor) => loadProjectFacts(tx, actor.personId, projectId),
  run: async (tx, { projectId, message }, { actor }) => {
    const p = await projectHeader(tx, projectId);
    const [row] = await tx
      .insert(joinRequests)
      .values({ projectId, personId: actor.personId, message })
      .onConflictDoNothing()
      .returning({ id: joinRequests.id });
    // conflict: the one-pending-request index refused a duplicate (a double click, or an earlier request).
    if (!row) throw conflict("You have already asked to join this project; a project administrator will answer.", "PR-2");
    return {
      data: { requestId: row.id, hubId: p.hubId },
      audit: { action: "project.join_requested", hubId: p.hubId, targetType: "join_request", targetId: row.id, targetLabel: p.name, after: { project: p.name, status: "pending" } },
    };
  },
  revalidate: ({ projectId }, { hubId }) => [projectPath(hubId, projectId), `/hubs/${hubId}`],
});
