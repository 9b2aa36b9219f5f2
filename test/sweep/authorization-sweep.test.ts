import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { doorState, type SweepSession } from "@/test/sweep/door-state";
import { people } from "@/db/schema";
import { inArray } from "drizzle-orm";
import { changedTables, digest, listTables, type Digest } from "./digest";
import { effectsDiff, markEffects, writtenSince, type Mark } from "@/test/support/expect-effects";
import { EFFECTS } from "./effects";
import { expectedFor, sweepNames } from "./effects-check";
import { runRoute, runServerAction, runSpec } from "./doors";
import { EXCLUDED_ROUTES, EXCLUDED_SERVER_ACTIONS, EXPECTED, READ_ONLY_SPECS, type Expected } from "./expected";
import { lookups, ROUTE_INPUTS, SPEC_INPUTS, SPEC_ROUTE_DOORS } from "./inputs";
import { PRINCIPALS, PRINCIPAL_KEYS, type PrincipalKey, type SignedInPrincipal } from "./principals";
import { discoverRoutes, discoverServerActions, discoverSpecs, listRouteFiles, type ActionEntry, type ServerActionEntry } from "./registry";
import { createSweepWorld, describeRoles, PRINCIPAL_EMAILS, type SweepWorld } from "./world";

// The auth boundary: Auth.js's auth() answers the cell's session (or none). Everything behind
// it is the real code: currentActor's session-version check, requireActor's redirect to
// /sign-in, the route doors' 401/404/403.
vi.mock("@/lib/auth/auth", async () => {
  const { doorState: state } = await import("@/test/sweep/door-state");
  const outside = () => {
    throw new Error("Auth.js's sign-in is outside the sweep");
  };
  return { auth: async () => state.session, signIn: outside, signOut: outside, handlers: { GET: outside, POST: outside } };
});
// Every door's getDb() answers the cell's transaction, which the sweep rolls back.
vi.mock("@/db/client", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/db/client")>();
  const { doorState: state } = await import("@/test/sweep/door-state");
  return {
    ...original,
    getDb: async () => {
      if (!state.db) throw new Error("getDb() outside a sweep cell");
      return state.db;
    },
  };
});

/**
 * The authorization sweep (issue 14): every action the code has, run through its own door
 * as each of thirteen principals, against the reviewed table in test/sweep/expected.ts. Each
 * cell runs in a transaction that is rolled back, so cells are independent; a refusal must
 * leave every table as it was (rate-limit counters aside, see digest.ts).
 */
const specs = await discoverSpecs();
const routes = await discoverRoutes((p) => Object.keys(EXCLUDED_ROUTES).some((prefix) => p.startsWith(prefix)));
const serverActions = discoverServerActions();
const ACTIONS: ActionEntry[] = [...specs, ...routes];

const SIGNED_OUT_DOOR = new Map<string, ServerActionEntry>();
for (const a of serverActions) {
  if (a.door.kind !== "runAction") continue;
  const door = a.door;
  const spec = specs.find((s) => s.file === door.specFile && s.exportName === door.specExport);
  if (spec && !SIGNED_OUT_DOOR.has(spec.id)) SIGNED_OUT_DOOR.set(spec.id, a);
}

let w: SweepWorld;
let tables: string[];
let baseline: Digest;
let mark: Mark;
const inputs = new Map<string, unknown>();
const sessions = new Map<SignedInPrincipal, SweepSession>();
const observed = new Map<string, Record<PrincipalKey, string>>();
const started = Date.now();

class Rollback extends Error {}

beforeAll(async () => {
  w = await createSweepWorld();
  const l = lookups(w);
  for (const a of ACTIONS) {
    const build = a.kind === "spec" ? SPEC_INPUTS[a.id] : ROUTE_INPUTS[a.id];
    if (build) inputs.set(a.id, await build(w, l));
  }
  const rows = await w.db.select({ id: people.id, sv: people.sessionVersion }).from(people).where(inArray(people.email, Object.values(PRINCIPAL_EMAILS)));
  const version = new Map(rows.map((r) => [r.id, r.sv]));
  for (const p of PRINCIPAL_KEYS) {
    if (p === "signedOut") continue;
    const id = w.principal(p).personId;
    sessions.set(p, { user: { id }, sessionVersion: version.get(id) ?? 0, expires: new Date(Date.now() + 3_600_000).toISOString() });
  }
  tables = await listTables(w.db);
  baseline = await digest(w.db, tables);
  mark = await markEffects(w.db);
}, 120_000);

afterAll(async () => {
  doorState.db = null;
  doorState.session = null;
  await w?.drop();
});

/** The door a cell goes through, for this action and principal. */
async function knock(a: ActionEntry, p: PrincipalKey): Promise<string> {
  const input = inputs.get(a.id);
  if (a.kind === "route") return runRoute(a, input as Parameters<typeof runRoute>[1]);
  if (p !== "signedOut") return runSpec(doorState.db!, w.principal(p), a.spec, input);
  const action = SIGNED_OUT_DOOR.get(a.id);
  if (action) return runServerAction(action.file, action.name, input);
  const routeId = SPEC_ROUTE_DOORS[a.id];
  const route = routes.find((r) => r.id === routeId);
  if (route) return runRoute(route, inputs.get(route.id) as Parameters<typeof runRoute>[1]);
  return `no door: ${a.id} has no server action and no route in SPEC_ROUTE_DOORS`;
}

/**
 * One cell in its own transaction, rolled back: the answer, the tables the cell changed before
 * the rollback, and (allowed, with a row in effects.ts) how its audit events and emails differ
 * from the row's.
 */
async function cell(a: ActionEntry, p: PrincipalKey): Promise<{ got: string; changed: string[]; effects: string[] }> {
  let got = "";
  let changed: string[] = [];
  let effects: string[] = [];
  try {
    await w.db.transaction(async (tx) => {
      doorState.db = tx;
      doorState.session = p === "signedOut" ? null : sessions.get(p)!;
      got = await knock(a, p);
      changed = changedTables(baseline, await digest(tx, tables));
      const row = EFFECTS[a.id];
      if (got === "allowed" && row && p !== "signedOut") {
        const want = await expectedFor(tx, w, row, p, inputs.get(a.id));
        effects = effectsDiff(await writtenSince(tx, mark), want, sweepNames(w, p));
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  } finally {
    doorState.db = null;
    doorState.session = null;
  }
  return { got, changed, effects };
}

const word = (got: string) => (got.startsWith("denied ") ? "denied" : got);

/** The observed row in expected.ts's notation, for a reviewer to compare (never to paste unread). */
function asRow(id: string, cells: Record<PrincipalKey, string>): string {
  const cell = (c: string) => (c === "allowed" ? "OK" : c === "not_found" ? "NF" : c === "signed_out" ? "OUT" : c.startsWith("denied ") ? `no("${c.slice(7)}")` : JSON.stringify(c));
  return `  ${JSON.stringify(id)}: [${PRINCIPAL_KEYS.map((p) => cell(cells[p])).join(", ")}],`;
}

describe("authorization sweep (issue 14)", () => {
  it("the registry: every action the code has has a row in test/sweep/expected.ts and an input, every row an action", () => {
    const ids = ACTIONS.map((a) => a.id);
    const where = (a: ActionEntry) => `${a.id} (${a.file})`;
    expect(ACTIONS.filter((a) => !EXPECTED[a.id]).map((a) => `${where(a)} has no rows in test/sweep/expected.ts`)).toEqual([]);
    expect(Object.keys(EXPECTED).filter((id) => !ids.includes(id)).map((id) => `${id} is in expected.ts but the code has no such action`)).toEqual([]);
    expect(ACTIONS.filter((a) => !(a.kind === "spec" ? SPEC_INPUTS : ROUTE_INPUTS)[a.id]).map((a) => `${where(a)} has no input in test/sweep/inputs.ts`)).toEqual([]);
    expect([...Object.keys(SPEC_INPUTS), ...Object.keys(ROUTE_INPUTS)].filter((id) => !ids.includes(id)).map((id) => `${id} has an input but no action`)).toEqual([]);
    // Effects: every action that writes and is allowed to someone has its row in effects.ts, every row an action.
    const writing = ACTIONS.filter((a) => (a.kind === "spec" || !["GET", "HEAD"].includes(a.method)) && Object.values(EXPECTED[a.id] ?? {}).includes("allowed"));
    expect(writing.filter((a) => !EFFECTS[a.id]).map((a) => `${where(a)} is allowed to someone but has no effects row in test/sweep/effects.ts`)).toEqual([]);
    expect(Object.keys(EFFECTS).filter((id) => !writing.some((a) => a.id === id)).map((id) => `${id} has an effects row but names no action the sweep runs allowed`)).toEqual([]);
    // Routes: swept, or excluded with a reason.
    const unswept = listRouteFiles().filter((r) => !routes.some((x) => x.file === r.file) && !Object.keys(EXCLUDED_ROUTES).some((prefix) => r.path.startsWith(prefix)));
    expect(unswept.map((r) => `${r.file} exports no HTTP method the sweep knows`)).toEqual([]);
    expect(specs.length).toBeGreaterThan(0);
    expect(routes.length).toBeGreaterThan(0);
  });

  it("every server action is a door over a discovered spec (runAction(spec, input)), or excluded with a reason", () => {
    const problems: string[] = [];
    for (const a of serverActions) {
      const key = `${a.file}#${a.name}`;
      if (key in EXCLUDED_SERVER_ACTIONS) continue;
      if (a.door.kind !== "runAction") {
        problems.push(`${a.file}:${a.line} ${a.name}: ${a.door.why}`);
        continue;
      }
      const door = a.door;
      if (!specs.some((s) => s.file === door.specFile && s.exportName === door.specExport)) {
        problems.push(`${a.file}:${a.line} ${a.name}: runs ${door.specExport} from ${door.specFile}, which is no discovered spec`);
      }
    }
    const found = new Set(serverActions.map((a) => `${a.file}#${a.name}`));
    for (const key of Object.keys(EXCLUDED_SERVER_ACTIONS)) if (!found.has(key)) problems.push(`${key} is excluded but no longer exists`);
    expect(problems).toEqual([]);
    // A spec without a server action must name the route that is its door.
    expect(specs.filter((s) => !SIGNED_OUT_DOOR.has(s.id) && !SPEC_ROUTE_DOORS[s.id]).map((s) => `${s.id} (${s.file}) has no server action and no route door`)).toEqual([]);
  });

  it("each signed-in principal holds exactly the role of its column", async () => {
    const roles: Record<string, string> = {};
    for (const p of PRINCIPAL_KEYS) if (p !== "signedOut") roles[p] = await describeRoles(w, p);
    expect(roles).toEqual({
      noRole: "nothing",
      namedUser: "named user",
      secondaryAdmin: "secondary admin, named user",
      primaryAdmin: "primary admin, named user",
      ssoAdmin: "sso admin",
      contractManager: expect.stringMatching(/^manager of the target classic contract(, manager of a (classic|named) contract)+$/),
      otherCoordinator: "coordinator of the other classic contract",
      hubAdmin: "hub_admin of the hub",
      hubMember: "hub_member of the hub, project_admin of the project",
      projectContributor: "project_contributor of the hub, editor of the project",
      deactivatedMember: "hub_member (deactivated) of the hub, editor of the project",
      otherAccountAdmin: "nothing",
    });
  });

  for (const a of ACTIONS) {
    it(`${a.id}: each principal through its door, a refusal changes nothing`, async () => {
      const want = EXPECTED[a.id];
      expect(inputs.has(a.id), `${a.id} has no input in test/sweep/inputs.ts`).toBe(true);
      const got = {} as Record<PrincipalKey, string>;
      const problems: string[] = want ? [] : [`${a.id} (${a.file}) has no rows in test/sweep/expected.ts`];
      for (const p of PRINCIPAL_KEYS) {
        const r = await cell(a, p);
        got[p] = r.got;
        if (want && r.got !== want[p]) problems.push(`${p}: expected ${want[p]}, got ${r.got}`);
        if (r.got !== "allowed" && r.changed.length) problems.push(`${p}: refused (${r.got}) but changed ${r.changed.join(", ")}`);
        // AU-1: an allowed change writes its audit event; a read-only use case or a GET writes nothing.
        const writes = a.kind === "spec" ? !(a.id in READ_ONLY_SPECS) : !["GET", "HEAD"].includes(a.method);
        if (r.got === "allowed" && writes && !r.changed.includes("public.audit_events")) problems.push(`${p}: allowed but wrote no audit event (AU-1); changed ${r.changed.join(", ") || "nothing"}`);
        if (r.got === "allowed" && !writes && r.changed.length) problems.push(`${p}: allowed, read-only, but changed ${r.changed.join(", ")}`);
        // AU-1 EM-1: exactly the events and emails of the action's row in effects.ts.
        if (r.effects.length) problems.push(`${p}: allowed, but its effects differ from test/sweep/effects.ts:\n    ${r.effects.join("\n    ")}`);
      }
      observed.set(a.id, got);
      if (problems.length) console.log(`observed:\n${asRow(a.id, got)}`);
      expect(problems).toEqual([]);
    });
  }

  it("the sweep left the database as it found it, and its size is", async () => {
    // Every table, rate-limit counters included: each cell's writes went with its rollback.
    expect(changedTables(baseline, await digest(w.db, tables), {})).toEqual([]);
    const cells = [...observed.values()].flatMap((row) => Object.values(row));
    const count = (k: string) => cells.filter((c) => word(c) === k).length;
    const expectedCells = Object.values(EXPECTED).flatMap((row) => Object.values(row) as Expected[]);
    const summary = [
      `authorization sweep: ${ACTIONS.length} actions (${specs.length} action specs, ${routes.length} route handlers) × ${PRINCIPALS.length} principals = ${ACTIONS.length * PRINCIPALS.length} cells`,
      `  observed: ${count("allowed")} allowed, ${count("denied")} denied, ${count("not_found")} not found, ${count("signed_out")} signed out (${cells.length} cells run)`,
      `  expected: ${expectedCells.filter((c) => c === "allowed").length} allowed, ${expectedCells.filter((c) => c.startsWith("denied")).length} denied, ${expectedCells.filter((c) => c === "not_found").length} not found, ${expectedCells.filter((c) => c === "signed_out").length} signed out`,
      `  ${serverActions.length} server actions read statically, ${Object.keys(EXCLUDED_SERVER_ACTIONS).length} excluded; ${tables.length} tables digested after every cell; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ];
    console.log(summary.join("\n"));
    expect(cells.length).toBe(ACTIONS.length * PRINCIPALS.length);
  });
});
