import { describe, expect, it } from "vitest";
import { isRuleId } from "@/lib/permissions/rules";
import { accessTableCells, KINDS, ROWS, TABLE_ACTIONS } from "./access-table";

describe("the hub projects access table's shape", () => {
  it("HB-9 every action has a cell for every hub role, membership and project kind, and each cell is A, N or a rule ID", () => {
    const cells = accessTableCells();
    expect(cells).toHaveLength(TABLE_ACTIONS.length * ROWS.length * KINDS.length);
    expect(cells.filter((c) => c.expected !== "A" && c.expected !== "N" && !isRuleId(c.expected))).toEqual([]);
  });

  it("LP-2 LP-6 no Project Contributor sees an Open project, and nobody outside a Secret project but hub administrators sees it", () => {
    const list = accessTableCells().filter((c) => c.action === "viewInList");
    expect(list.filter((c) => c.hubRole === "contributor" && c.kind === "open").every((c) => c.expected === "N")).toBe(true);
    expect(list.filter((c) => c.kind === "secret" && c.membership === "none" && c.hubRole !== "admin").every((c) => c.expected === "N")).toBe(true);
  });
});
