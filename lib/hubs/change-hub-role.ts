import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { hubMembers, hubRole } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { HUB_ROLE_LABELS } from "@/lib/permissions";
import { loadHubRoleChangeFacts } from "@/lib/permissions/facts";
import { personLabels } from "@/lib/people/people";
import { text } from "@/lib/input/schemas";
import { holdHubMembership } from "./hold-hub-membership";
import { lockHubAdmins } from "./lock-hub-admins";
import { adminProjectsOf, downgradeToEditor, openProjectsOf, removeFromProjects } from "./open-projects-of";

/**
 * HB-6 / HB-10: a hub administrator changes a member's hub role along Fusion's transitions
 * only; HB-8: never the last active hub administrator's. Turning a Hub Member into a
 * Project Contributor removes them from the hub's Open legacy projects (LP-2) in the same
 * transaction, and downgrades their project-administrator role in its Closed and Secret
 * legacy projects to Editor (LP-3); the preview lists both sets of projects first.
 */
export const changeHubRole = defineAction({
  input: z.object({ hubId: z.uuid(), personId: text({ max: 200 }).min(1), role: z.enum(hubRole.enumValues, "Choose a hub role.") }),
  action: "hubs.changeRole",
  facts: async (tx, { hubId, personId, role }, actor) => {
    await lockHubAdmins(tx, hubId);
    // Their membership before their projects are read: someone adding them to an Open project (or
    // as a legacy project's administrator) at the same moment finishes first (hold-hub-membership.ts).
    await holdHubMembership(tx, hubId, personId, "update");
    return loadHubRoleChangeFacts(tx, actor.personId, hubId, personId, role);
  },
  run: async (tx, { hubId, personId, role }, { facts }) => {
    const from = facts.resource.target.role;
    const removed = role === "project_contributor" ? await openProjectsOf(tx, hubId, personId) : [];
    await removeFromProjects(tx, personId, removed);
    const downgraded = role === "project_contributor" ? await adminProjectsOf(tx, hubId, personId) : [];
    await downgradeToEditor(tx, personId, downgraded);
    await tx.update(hubMembers).set({ role }).where(and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, personId)));
    const label = (await personLabels(tx, [personId])).get(personId) ?? personId;
    return {
      data: { hubId, personId, role, removedFrom: removed, downgradedIn: downgraded },
      audit: {
        action: "hub.member_role_changed",
        hubId,
        accountId: facts.resource.hub.accountId,
        targetType: "hub_member",
        targetId: personId,
        targetLabel: label,
        before: { role: from },
        after: { role },
        sideEffects: [
          ...removed.map((p) => ({ rule: "LP-2", effect: `Removed from the Open project ${p.name}: a ${HUB_ROLE_LABELS.project_contributor} cannot be in it` })),
          ...downgraded.map((p) => ({ rule: "LP-3", effect: `Project Administrator of ${p.name} became Editor: a ${HUB_ROLE_LABELS.project_contributor} cannot be project administrator` })),
        ],
      },
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/members`],
});
