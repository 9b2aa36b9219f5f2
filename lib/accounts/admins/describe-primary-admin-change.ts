import { roleChangeEffects } from "@/lib/permissions/effects";
import type { RuleId } from "@/lib/permissions/rules";

/** One line of a change's preview, with the rules that make it so. */
export type PreviewLine = { rules: RuleId[]; text: string; detail?: string };
export type PrimaryAdminChangePreview = { changes: PreviewLine[]; unchanged: PreviewLine[] };

/** Holders of the classic-view roles the change leaves alone, as the actor may see them. */
export type RoleHolders = { contractManagers: string[]; softwareCoordinators: string[] };

const listOrNone = (names: string[]): string => (names.length ? names.join(", ") : "none on the contracts you can see");

/**
 * What changing the primary admin does and does not do, in words for the confirmation
 * dialog and the audit event. The effects come from the policy's `roleChangeEffects`
 * (UM-2, UM-8, CL-11); CL-10 and HY-3 add what the change leaves alone in the other view.
 */
export function describePrimaryAdminChange(newPrimary: string, formerPrimary: string | null, holders: RoleHolders): PrimaryAdminChangePreview {
  const effects = roleChangeEffects({ kind: "primaryAdminChanged" });
  const changes: PreviewLine[] = [
    { rules: ["UM-2"], text: `${newPrimary} becomes the primary admin` },
    ...effects.sameView.map((e) => ({ rules: [e.rule], text: formerPrimary ? `${formerPrimary} becomes a secondary admin` : e.effect })),
  ];
  const managerRules = effects.unchanged.filter((u) => u.role === "contract managers").map((u) => u.rule);
  const unchanged: PreviewLine[] = [
    { rules: managerRules, text: "No contract manager changes", detail: `Contract managers: ${listOrNone(holders.contractManagers)}` },
    { rules: ["CL-10"], text: "No software coordinator changes", detail: `Software coordinators: ${listOrNone(holders.softwareCoordinators)}` },
    { rules: ["HY-3"], text: "No role in Classic User Management changes, and no classic user is added or removed" },
  ];
  return { changes, unchanged };
}

/** The preview as audit side effects (AU-1): what changed with the rule, and what was left alone. */
export function previewSideEffects(preview: PrimaryAdminChangePreview): { rule: string; effect: string }[] {
  return [
    ...preview.changes.slice(1).map((c) => ({ rule: c.rules.join(", "), effect: c.text })),
    ...preview.unchanged.map((u) => ({ rule: u.rules.join(", "), effect: u.text })),
  ];
}
