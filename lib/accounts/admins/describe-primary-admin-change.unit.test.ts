import { describe, expect, it } from "vitest";
import { describePrimaryAdminChange, previewSideEffects } from "./describe-primary-admin-change";

describe("the preview of a primary-admin change", () => {
  const preview = describePrimaryAdminChange("Ben Carter <ben@x.example>", "Grace Liu <grace@x.example>", {
    contractManagers: ["Grace Liu (1 contract)"],
    softwareCoordinators: [],
  });

  it("UM-2 lists exactly what changes: the new primary admin, and the former primary admin becoming a secondary admin", () => {
    expect(preview.changes).toEqual([
      { rules: ["UM-2"], text: "Ben Carter <ben@x.example> becomes the primary admin" },
      { rules: ["UM-2"], text: "Grace Liu <grace@x.example> becomes a secondary admin" },
    ]);
  });

  it("UM-8 CL-11 CL-10 HY-3 lists what does not change: contract managers, software coordinators, classic roles", () => {
    expect(preview.unchanged.map((u) => u.rules)).toEqual([["UM-8", "CL-11"], ["CL-10"], ["HY-3"]]);
    expect(preview.unchanged[0]?.detail).toBe("Contract managers: Grace Liu (1 contract)");
    expect(preview.unchanged[1]?.detail).toBe("Software coordinators: none on the contracts you can see");
  });

  it("AU-1 the audit side effects carry the former primary admin's demotion and what was left alone, with rules", () => {
    expect(previewSideEffects(preview)).toEqual([
      { rule: "UM-2", effect: "Grace Liu <grace@x.example> becomes a secondary admin" },
      { rule: "UM-8, CL-11", effect: "No contract manager changes" },
      { rule: "CL-10", effect: "No software coordinator changes" },
      { rule: "HY-3", effect: "No role in Classic User Management changes, and no classic user is added or removed" },
    ]);
  });
});
