import { randomUUID } from "node:crypto";
import { hubMembers, hubs, projectItems, projectMembers, projects } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { personas } from "./personas";
import type { SeedContext } from "./demo";

/** The second demo hub's name: sorts after the main hub, so "/" still opens that one first. */
export const demoServiceHubName = "Northwind Service Hub";

/**
 * A second, small hub of Northwind (hub projects, issue 10): somewhere to transfer a project
 * to (PR-5). Nina and Priya administer it, Leo is a Hub Member there (so, as a project
 * administrator who is a Hub Member in both, he may transfer), Zoe is a Project Contributor.
 */
export async function seedDemoServiceHub(ctx: SeedContext, accountId: string): Promise<{ hubId: string }> {
  const { tx, now } = ctx;
  const P = personas;
  const id = (p: { email: string }) => ctx.personId(p.email);
  const hubId = randomUUID();
  await tx.insert(hubs).values({ id: hubId, accountId, name: demoServiceHubName, invitationMode: "admins_only", sharingEnabled: true, createdBy: id(P.primaryAdmin), createdAt: new Date(now.getTime() - 30 * 86_400_000) });
  await tx.insert(hubMembers).values([
    { hubId, personId: id(P.primaryAdmin), role: "hub_admin" },
    { hubId, personId: id(P.hubAdmin), role: "hub_admin" },
    { hubId, personId: id(P.hubMember), role: "hub_member" },
    { hubId, personId: id(P.projectContributor), role: "project_contributor" },
  ]);
  const manuals = { id: randomUUID(), hubId, name: "Field Service Manuals", kind: "folder" as const, visibility: null, ownerId: id(P.hubAdmin) };
  await tx.insert(projects).values(manuals);
  await tx.insert(projectMembers).values([
    { projectId: manuals.id, personId: id(P.hubAdmin), role: "project_admin" },
    { projectId: manuals.id, personId: id(P.hubMember), role: "viewer" },
  ]);
  await tx.insert(projectItems).values({ projectId: manuals.id, kind: "file", name: "pump-service-manual.pdf", createdBy: id(P.hubAdmin) });
  await writeAudit(tx, {
    actorId: id(P.primaryAdmin),
    actorLabel: `${P.primaryAdmin.firstName} ${P.primaryAdmin.lastName}`,
    action: "hub.created",
    accountId,
    hubId,
    targetType: "hub",
    targetId: hubId,
    targetLabel: demoServiceHubName,
    after: { name: demoServiceHubName, invitationMode: "admins_only", sharingEnabled: true },
  });
  return { hubId };
}
