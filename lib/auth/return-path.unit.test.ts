import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the sign-in round trip's return path", () => {
  it("HB-7 keeps a portal path such as an invitation link", () => {
    expect(safeReturnPath("/invite/abc.def_-")).toBe("/invite/abc.def_-");
    expect(safeReturnPath("/hubs?x=1")).toBe("/hubs?x=1");
  });
  it("HB-7 refuses anything that leaves the portal", () => {
    for (const bad of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", null, "/a b", `/${"a".repeat(600)}`]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});
