import { describe, expect, it } from "vitest";
import { auditChanges, fieldLabel, formatAuditValue } from "./format-audit-value";

describe("audit diffs in words", () => {
  it("AU-2 shows each field's before and after readably", () => {
    expect(auditChanges({ softwareCoordinator: null }, { softwareCoordinator: "aisha@x.example" })).toEqual([
      { field: "Software coordinator", before: "—", after: "aisha@x.example" },
    ]);
    expect(auditChanges(null, { product: "AutoCAD" })).toEqual([{ field: "Product", before: null, after: "AutoCAD" }]);
    expect(auditChanges({ product: "Revit" }, null)).toEqual([{ field: "Product", before: "Revit", after: null }]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it("formats lists, flags and nested objects", () => {
    expect(formatAuditValue(["a.example", "b.example"])).toBe("a.example, b.example");
    expect(formatAuditValue([])).toBe("none");
    expect(formatAuditValue(true)).toBe("yes");
    expect(formatAuditValue({ code: "ACD", seats: 10 })).toBe("Code: ACD, Seats: 10");
    expect(formatAuditValue([{ code: "ACD", seats: 10 }, { code: "INV", seats: 5 }])).toBe("Code: ACD, Seats: 10; Code: INV, Seats: 5");
    expect(fieldLabel("sso_enforced")).toBe("Sso enforced");
    expect(fieldLabel("invitationMode")).toBe("Invitation mode");
  });
});
