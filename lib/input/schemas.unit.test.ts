import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/accounts/named-users/cursor";
import { namedUserListProblem } from "@/lib/accounts/named-users/list-query";
import { decodeNameCursor, encodeNameCursor } from "@/lib/accounts/products/product-user-cursor";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { isAuditCursor } from "@/lib/audit/list-audit-events";
import { personEmail, personName } from "@/lib/accounts/named-users/person-input";
import { DIRECTION_CONTROL_MESSAGE, cursorTimestamp, emailAddress, hasDirectionControls, isoDay, searchText, text } from "./schemas";

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

describe("shared input schemas", () => {
  it("security: text never holds a NUL byte or another control character (PostgreSQL refuses them)", () => {
    for (const schema of [text({ max: 50 }), personName, searchText(), emailAddress()]) {
      expect(schema.safeParse("a\u0000b").success).toBe(false);
      expect(schema.safeParse("a\u001bb").success).toBe(false);
    }
    expect(personName.safeParse("Ada\u0000").error?.issues[0]?.message).toContain("NUL");
    expect(personEmail.safeParse("ada\u0000@example.com").success).toBe(false);
    expect(text({ max: 50 }).safeParse("tab\tand\nnewline").success).toBe(true);
    expect(personName.safeParse("  Zoë  ").data).toBe("Zoë");
  });

  it("security: a day must be a real calendar day PostgreSQL can store (not 0000-01-01, not 2026-02-30)", () => {
    expect(isoDay().safeParse("0000-01-01").success).toBe(false);
    expect(isoDay().safeParse("2026-02-30").success).toBe(false);
    expect(isoDay().safeParse("2026-13-01").success).toBe(false);
    expect(isoDay().safeParse("2024-02-29").success).toBe(true);
    expect(cursorTimestamp.safeParse("2026-13-45T25:61:61.000000Z").success).toBe(false);
    expect(cursorTimestamp.safeParse("2026-12-31T23:59:59.999999Z").success).toBe(true);
  });

  it("security: By User cursors with impossible dates, NUL bytes or another order are refused at the door", () => {
    expect(decodeCursor(b64({ s: "added", d: "asc", k: ["2026-13-45T25:61:61.000000Z", "p"] }), "added", "asc")).toBeNull();
    expect(decodeCursor(b64({ s: "added", d: "asc", k: ["2026-13-45T25:61:61Z", "p"] }), "added", "asc")).toBeNull();
    expect(decodeCursor(b64({ s: "status", d: "asc", k: ["active", "2026-13-45T25:61:61.000000Z", "p"] }), "status", "asc")).toBeNull();
    expect(decodeCursor(b64({ s: "name", d: "asc", k: ["a\u0000", "b", "p"] }), "name", "asc")).toBeNull();
    const good = encodeCursor("status", "desc", ["invited", "2026-01-02T03:04:05.123456Z", "p1"]);
    expect(decodeCursor(good, "status", "desc")).toEqual(["invited", "2026-01-02T03:04:05.123456Z", "p1"]);
    expect(decodeCursor(good, "status", "asc")).toBeNull();
    expect(decodeNameCursor(encodeNameCursor({ lastName: "Fischer", firstName: "Tom", personId: "p" }))).toEqual({ lastName: "Fischer", firstName: "Tom", personId: "p" });
    expect(decodeNameCursor(b64(["a\u0000", "b", "c"]))).toBeNull();
  });

  it("security: a By User URL with a NUL in its search or an unreadable position says so instead of listing", () => {
    expect(namedUserListProblem({ q: "\u0000" })).toContain("Search:");
    expect(namedUserListProblem({ sort: "added", after: b64({ s: "added", d: "asc", k: ["2026-13-45T25:61:61.000000Z", "p"] }) })).toContain("invalid");
    expect(namedUserListProblem({ q: "fischer", sort: "added" })).toBeNull();
  });

  it("security: activity filters with a NUL or the year 0 are field errors, and an impossible cursor is not one of ours", () => {
    expect(parseAuditFilters({ from: "0000-01-01" }).errors.from).toBe("Enter a date as YYYY-MM-DD.");
    expect(parseAuditFilters({ actor: "\u0000" }).errors.actor).toContain("NUL");
    expect(parseAuditFilters({ target: "a\u0000" }).errors.target).toContain("NUL");
    expect(isAuditCursor(b64(["2026-13-45T25:61:61.000000Z", "00000000-0000-0000-0000-000000000000"]))).toBe(false);
    expect(isAuditCursor(b64(["2026-01-01T00:00:00.000000Z", "00000000-0000-0000-0000-000000000000"]))).toBe(true);
    expect(isAuditCursor("%%%")).toBe(false);
  });
});

describe("direction controls (issue 14, defect 9)", () => {
  // Embeddings, overrides and isolates reorder whole spans of text ("Trojan Source"): a name
  // holding one shows up reordered, and an unterminated one reorders what follows it on the page.
  const controls = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

  it("security: every shared text schema refuses U+202A–U+202E and U+2066–U+2069, with a readable field message", () => {
    for (const schema of [text({ max: 50 }), personName, searchText(), emailAddress(), text({ max: 50, trim: false })]) {
      for (const c of controls) expect(schema.safeParse(`Ada${c}Lovelace`).success, `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).toBe(false);
    }
    expect(personName.safeParse("evil\u202Egnp.exe").error?.issues[0]?.message).toBe(DIRECTION_CONTROL_MESSAGE);
    expect(DIRECTION_CONTROL_MESSAGE).toMatch(/direction/);
    expect(hasDirectionControls("\u2067x")).toBe(true);
  });

  it("security: right-to-left names and the zero-width direction marks (U+200E, U+200F, U+061C) stay allowed", () => {
    for (const name of ["شهد", "יעל כהן", "Noor\u200F", "\u200Eabc", "\u061Cسارة", "Zoë"]) expect(personName.safeParse(name).success, name).toBe(true);
    expect(hasDirectionControls("שלום\u200F")).toBe(false);
  });
});
