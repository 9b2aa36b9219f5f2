import "server-only";
import type { Db } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { decide } from "@/lib/permissions";
import { decisionToFailure } from "@/lib/actions/decision-to-failure";
import { loadProjectFacts } from "@/lib/permissions/facts";
import { listProjectItems, type ProjectItemRow } from "./load-project-page";

/**
 * The gated reads of a project, for doors that are not pages (tests, scripts): open it
 * (`projects.open`) or read its content (`projects.readContent`, PR-1). What the actor may
 * not see is "not found"; a visible refusal names its rule.
 */
export async function readProject(db: Db, personId: string, projectId: string, action: "projects.open" | "projects.readContent"): Promise<ActionResult<ProjectItemRow[]>> {
  const facts = await loadProjectFacts(db, personId, projectId);
  if (!facts) return { ok: false, code: "not_found", message: "This project was not found." };
  const failure = decisionToFailure(decide(facts.actor, action, facts.resource), "This project");
  if (failure) return failure;
  return { ok: true, data: action === "projects.readContent" ? await listProjectItems(db, projectId) : [] };
}
