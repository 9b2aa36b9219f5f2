import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, projectMembers } from "@/db/schema";
import { execute } from "@/lib/actions/define-action";
import { createDemoWorldDb, type DemoTestWorld } from "@/test/support/demo-world";
import { addHubPerson, demoProjectIds } from "@/test/support/projects";
import { changeHubRole } from "./change-hub-role";

// HB-10: only the change to Project Contributor touches project memberships (LP-2, LP-3); every
// other role change leaves them as they were. Each test makes its own member.

let w: DemoTestWorld;
let hubId: string;
beforeAll(async () => {
  w = await createDemoWorldDb("hubroles");
  hubId = w.world.hubId;
});
afterAll(async () => {
  await w?.drop();
});

const rolesOf = async (personId: string) =>
  Object.fromEntries((await w.db.select({ projectId: projectMembers.projectId, role: projectMembers.role }).from(projectMembers).where(eq(projectMembers.personId, personId))).map((x) => [x.projectId, x.role]));

describe("HB-10 role changes other than to Project Contributor", () => {
  it("HB-10 LP-2 LP-3 AU-1 a Hub Member made Hub Administrator, and back, keeps their Open project and their legacy project administration", async () => {
    const ids = await demoProjectIds(w.db);
    const kai = await addHubPerson(w.db, hubId, "roles.kai@northwind.example", "hub_member");
    await w.db.insert(projectMembers).values([
      { projectId: ids.plantLayout, personId: kai, role: "viewer" },
      { projectId: ids.tooling, personId: kai, role: "project_admin" },
    ]);
    const before = await rolesOf(kai);
    expect(before).toEqual({ [ids.plantLayout]: "viewer", [ids.tooling]: "project_admin" });
    for (const role of ["hub_admin", "hub_member"] as const) {
      const r = await execute(w.db, w.actor("hubAdmin"), changeHubRole, { hubId, personId: kai, role });
      expect(r).toMatchObject({ ok: true, data: { hubId, personId: kai, role, removedFrom: [], downgradedIn: [] } });
      expect(await rolesOf(kai)).toEqual(before);
    }
    const events = await w.db
      .select({ label: auditEvents.targetLabel, sideEffects: auditEvents.sideEffects, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "hub.member_role_changed"), eq(auditEvents.targetId, kai)));
    expect(events).toEqual(
      expect.arrayContaining([
        { label: "roles.kai <roles.kai@northwind.example>", sideEffects: [], before: { role: "hub_member" }, after: { role: "hub_admin" } },
        { label: "roles.kai <roles.kai@northwind.example>", sideEffects: [], before: { role: "hub_admin" }, after: { role: "hub_member" } },
      ]),
    );
  });
});
