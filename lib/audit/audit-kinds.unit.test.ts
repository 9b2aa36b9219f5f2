import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { EFFECTS } from "@/test/sweep/effects";
import { actionLabel } from "./action-labels";

/**
 * AU-1 (issue 14): every kind of audit event the code can write is asserted by a test, either in
 * the sweep's effects table (test/sweep/effects.ts) or in an `expectEffects` call, so a change
 * that stops writing its event fails somewhere. The kinds are read from the source, not listed:
 * an audit event is an object literal with an `action` and a literal `targetType` (or spread from
 * one), and its `action` is followed through literals, conditionals, templates, constants, the
 * parameters of the helper that builds it (at every call) and the tuples a loop reads it from.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const KIND = /^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/;

function sourceFiles(dir: string, test: boolean): ts.SourceFile[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.includes("node_modules") && /\.test\.tsx?$/.test(f) === test)
    .map((f) => path.join(dir, f))
    .map((f) => ts.createSourceFile(f, readFileSync(path.join(ROOT, f), "utf8"), ts.ScriptTarget.Latest, true));
}

function each(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => each(c, visit));
}

const propName = (p: ts.ObjectLiteralElementLike) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null);
const prop = (o: ts.ObjectLiteralExpression, name: string) => o.properties.find((p) => propName(p) === name);
const where = (n: ts.Node) => `${n.getSourceFile().fileName}:${n.getSourceFile().getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
const unwrap = (e: ts.Expression): ts.Expression => (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) ? unwrap(e.expression) : e);

/** The strings an expression can be, or a reason it cannot be followed. */
type Values = { values: string[]; unknown: string[] };

function valuesOf(expr: ts.Expression, files: ts.SourceFile[]): Values {
  const e = unwrap(expr);
  if (ts.isStringLiteralLike(e)) return { values: [e.text], unknown: [] };
  if (ts.isConditionalExpression(e)) return merge([valuesOf(e.whenTrue, files), valuesOf(e.whenFalse, files)]);
  if (ts.isTemplateExpression(e)) {
    let acc: Values = { values: [e.head.text], unknown: [] };
    for (const span of e.templateSpans) {
      const v = valuesOf(span.expression, files);
      acc = { values: acc.values.flatMap((a) => v.values.map((b) => a + b + span.literal.text)), unknown: [...acc.unknown, ...v.unknown] };
    }
    return acc;
  }
  if (ts.isIdentifier(e)) return identifierValues(e, files);
  return { values: [], unknown: [`${where(e)}: ${e.getText()}`] };
}

const merge = (vs: Values[]): Values => ({ values: vs.flatMap((v) => v.values), unknown: vs.flatMap((v) => v.unknown) });

/** Follows a name to its constant, the helper parameter it is (every call's argument), or the tuple a for…of reads it from. */
function identifierValues(id: ts.Identifier, files: ts.SourceFile[]): Values {
  for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) {
      const i = n.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
      if (i >= 0) {
        const fn = ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name) ? n.parent.name.text : n.name && ts.isIdentifier(n.name) ? n.name.text : null;
        const calls: ts.CallExpression[] = [];
        for (const f of files) each(f, (c) => ts.isCallExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === fn && calls.push(c));
        if (!fn || !calls.length) return { values: [], unknown: [`${where(id)}: parameter ${id.text} of a function never called by name`] };
        return merge(calls.map((c) => (c.arguments[i] ? valuesOf(c.arguments[i], files) : { values: [], unknown: [`${where(c)}: no argument ${i}`] })));
      }
    }
    if (ts.isForOfStatement(n) && ts.isVariableDeclarationList(n.initializer)) {
      const binding = n.initializer.declarations[0]?.name;
      const list = unwrap(n.expression);
      if (binding && ts.isArrayBindingPattern(binding) && ts.isArrayLiteralExpression(list)) {
        const i = binding.elements.findIndex((el) => ts.isBindingElement(el) && ts.isIdentifier(el.name) && el.name.text === id.text);
        if (i >= 0) return merge(list.elements.map((t) => { const tuple = unwrap(t); return ts.isArrayLiteralExpression(tuple) && tuple.elements[i] ? valuesOf(tuple.elements[i], files) : { values: [], unknown: [`${where(t)}: not a tuple`] }; }));
      }
    }
    if (ts.isBlock(n) || ts.isSourceFile(n)) {
      for (const st of n.statements) {
        if (!ts.isVariableStatement(st)) continue;
        const d = st.declarationList.declarations.find((x) => ts.isIdentifier(x.name) && x.name.text === id.text);
        if (d?.initializer) return valuesOf(d.initializer, files);
      }
    }
  }
  return { values: [], unknown: [`${where(id)}: ${id.text} is declared nowhere the test can follow`] };
}

/** Every audit kind the code (lib/, app/) can write, and the `action`s it could not follow. */
function writtenKinds(): { kinds: Map<string, string>; unknown: string[] } {
  const files = [...sourceFiles("lib", false), ...sourceFiles("app", false)];
  const kinds = new Map<string, string>();
  const unknown: string[] = [];
  for (const f of files) {
    each(f, (n) => {
      if (!ts.isObjectLiteralExpression(n)) return;
      const action = prop(n, "action");
      if (!action || prop(n, "run")) return;
      const targetType = prop(n, "targetType");
      const literalTarget = targetType && ts.isPropertyAssignment(targetType) && ts.isStringLiteralLike(unwrap(targetType.initializer));
      const spread = n.properties.some((p) => ts.isSpreadAssignment(p));
      if (!literalTarget && !spread) return;
      const expr = ts.isPropertyAssignment(action) ? action.initializer : ts.isShorthandPropertyAssignment(action) ? action.name : null;
      if (!expr) return;
      const v = valuesOf(expr, files);
      // A spread object whose action is not a kind (a catalogue key of a spec built by spreading) is no event.
      if (!literalTarget && v.values.every((k) => !KIND.test(k))) return;
      for (const k of v.values) if (!kinds.has(k)) kinds.set(k, where(n));
      unknown.push(...v.unknown);
    });
  }
  return { kinds, unknown };
}

/** The kinds named in the expected effects (third argument) of every `expectEffects(...)` call of a test file. */
function kindsAssertedByTests(): Set<string> {
  const asserted = new Set<string>();
  for (const dir of ["lib", "app", "db", "test"]) {
    for (const f of sourceFiles(dir, true)) {
      each(f, (n) => {
        if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression) || n.expression.text !== "expectEffects") return;
        // Any kind written as a literal in the expected effects: `action: "…"`, or an argument of a helper building the event.
        for (const arg of n.arguments.slice(2)) each(arg, (a) => ts.isStringLiteralLike(a) && KIND.test(a.text) && asserted.add(a.text));
      });
    }
  }
  return asserted;
}

const { kinds, unknown } = writtenKinds();

describe("audit kinds (AU-1, issue 14)", () => {
  it("AU-1 every audit event's kind can be read from the source", () => {
    expect(unknown).toEqual([]);
    expect([...kinds.keys()].filter((k) => !KIND.test(k)).map((k) => `${k} (${kinds.get(k)}) is not of the form area.event_name`)).toEqual([]);
    // The reader must find the kinds it is known to need to follow (a conditional, a template, a helper, a loop).
    expect([...kinds.keys()]).toEqual(expect.arrayContaining(["hub.member_deactivated", "hub.member_reactivated", "group.member_removed", "project.join_request_declined", "invitation.cancelled", "named_user.product_unassigned", "account.sso_admin_granted"]));
    expect(kinds.size).toBeGreaterThan(60);
  });

  it("AU-1 every kind the code can write is asserted by a test: the sweep's effects table or an expectEffects call", () => {
    const asserted = kindsAssertedByTests();
    for (const row of Object.values(EFFECTS)) {
      const rows = typeof row === "function" ? (["hubAdmin", "hubMember", "deactivatedMember"] as const).map((principal) => row({ principal, t: { accountId: "", contractId: "", hubId: "", projectId: "", destinationHubId: "" } })) : [row];
      for (const r of rows) for (const e of r.audit) asserted.add(e.action);
    }
    const unasserted = [...kinds.keys()].filter((k) => !asserted.has(k)).map((k) => `${k} (written at ${kinds.get(k)}) is asserted by no test`);
    expect(unasserted).toEqual([]);
  });

  it("AU-2 every kind the code can write has a readable name in the activity log", () => {
    expect([...kinds.keys()].filter((k) => actionLabel(k) === k).map((k) => `${k} (${kinds.get(k)}) has no label in lib/audit/action-labels.ts`)).toEqual([]);
  });
});
