import { describe, expect, it } from "vitest";
import { z } from "zod";
import { namedUserListQuery } from "@/lib/accounts/named-users/list-query";
import { decodeMembersCursor, membersQuery } from "@/lib/hubs/list-hub-members";
import { decodeSentCursor, sentQuery } from "@/lib/hubs/invitations/list-sent-invitations";
import { INVALID_CURSOR_MESSAGE, searchText } from "@/lib/input/schemas";
import { readPageQuery } from "./page-query";

// Issue 14, defect 3: the hub members and sent-invitations pages answered 500 for a search of
// 201 characters or with a NUL byte (`membersQuery.parse` threw). Every page reads its query here.
const members = (raw: Record<string, string | string[] | undefined>) => readPageQuery(raw, membersQuery, { cursor: (q) => decodeMembersCursor(q.after!, q.sort) !== null });
const sent = (raw: Record<string, string | string[] | undefined>) => readPageQuery(raw, sentQuery, { cursor: (q) => decodeSentCursor(q.after!) !== null });

describe("readPageQuery", () => {
  it("security: a hostile query string is a readable problem, never a thrown error (members and sent invitations)", async () => {
    for (const read of [members, sent]) {
      expect(await read({ q: "x".repeat(201) })).toEqual({ ok: false, problem: "Search: use at most 200 characters." });
      expect(await read({ q: "a\u0000b" })).toMatchObject({ ok: false, problem: expect.stringContaining("Search: Remove the control characters") });
      expect(await read({ after: "zzz" })).toEqual({ ok: false, problem: INVALID_CURSOR_MESSAGE });
      expect(await read({ q: ["a", "b"] })).toEqual({ ok: false, problem: "Search: the address gives it more than once." });
      expect(await read({ status: "nope" })).toMatchObject({ ok: false, problem: expect.stringMatching(/^Status: “nope” is not one of its choices \(.*\)\.$/) });
    }
    expect(await members({ sort: "nope" })).toMatchObject({ ok: false, problem: expect.stringContaining("Sort: “nope” is not one of its choices (joined, name).") });
    expect(await members({ after: ["a", "b"] })).toEqual({ ok: false, problem: INVALID_CURSOR_MESSAGE });
  });

  it("security: what a page can honour is read as before: defaults for missing values, blanks as absent, unknown parameters ignored", async () => {
    expect(await members({})).toEqual({ ok: true, query: { sort: "joined" }, params: {} });
    expect(await members({ q: " ada ", status: "", role: "hub_admin", utm_source: ["x", "y"] })).toEqual({ ok: true, query: { q: "ada", role: "hub_admin", sort: "joined" }, params: { q: " ada ", role: "hub_admin" } });
    expect(await sent({ status: "expired" })).toMatchObject({ ok: true, query: { status: "expired" } });
    // By User's defaults (sort, dir, limit) still fill in what the address leaves out.
    expect(await readPageQuery({ q: "fischer" }, namedUserListQuery)).toMatchObject({ ok: true, query: { q: "fischer", sort: "name", dir: "asc", limit: 50 } });
    expect(await readPageQuery({ dir: "sideways" }, namedUserListQuery)).toMatchObject({ ok: false, problem: expect.stringContaining("Order:") });
  });

  it("security: a cross-field rule and a page's own names for its parameters reach the problem", async () => {
    const schema = z.object({ from: searchText(10), to: searchText(10) }).refine((v) => !v.from || !v.to || v.from <= v.to, { message: "The start must be before the end.", path: ["to"] });
    expect(await readPageQuery(Promise.resolve({ from: "b", to: "a" }), schema, { labels: { to: "To" } })).toEqual({ ok: false, problem: "To: The start must be before the end." });
    expect(await readPageQuery({ from: "a", to: "b" }, schema)).toMatchObject({ ok: true, query: { from: "a", to: "b" } });
  });
});
