import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import type { z } from "zod";
import type { ActionSpec, Facts } from "@/lib/actions/define-action";
import type { ActionKey } from "@/lib/permissions";

/**
 * The registry of actions, discovered from the code (never a hand-written list): every
 * `defineAction` spec exported by lib/, every route handler under app/, and every server
 * action with the spec it is a door over. A new one without rows in test/sweep/expected.ts
 * fails the sweep by name.
 */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type AnySpec = ActionSpec<z.ZodType, ActionKey, Facts<ActionKey>, unknown>;
export type SpecEntry = { kind: "spec"; id: string; file: string; exportName: string; spec: AnySpec };
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteEntry = { kind: "route"; id: string; file: string; method: string; path: string; handler: RouteHandler };
export type ActionEntry = SpecEntry | RouteEntry;

/** A function marked "use server" and what it does: `runAction(spec, input)` over an imported spec, or something else. */
export type ServerActionEntry = {
  file: string;
  name: string;
  line: number;
  door: { kind: "runAction"; specFile: string; specExport: string } | { kind: "other"; why: string };
};

const SOURCE = /\.tsx?$/;
const NOT_SOURCE = /\.(test|spec)\.tsx?$|\.d\.ts$/;

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")))
    .filter((f) => SOURCE.test(f) && !NOT_SOURCE.test(f))
    .sort();
}

function isSpec(value: unknown): value is AnySpec {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const input = v.input as { safeParse?: unknown } | undefined;
  return typeof v.action === "string" && typeof v.facts === "function" && typeof v.run === "function" && typeof input?.safeParse === "function";
}

/**
 * Every action spec exported by lib/**\/*.ts (tests aside): an object with input, action,
 * facts and run, or a `…Spec` factory that takes no argument and returns one (the import's
 * spec takes an optional progress callback). Keyed by export name, which must be unique.
 */
export async function discoverSpecs(under = "lib"): Promise<SpecEntry[]> {
  const found: SpecEntry[] = [];
  for (const file of walk(under).filter((f) => f.endsWith(".ts"))) {
    // Server-action modules (lib/<area>/actions.ts) are doors, not specs: discoverServerActions
    // reads them as text. Importing them would load Next's and Auth.js's runtime too.
    if (/^\s*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8"))) continue;
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      const candidate = typeof value === "function" && exportName.endsWith("Spec") && value.length === 0 ? (value as () => unknown)() : value;
      if (isSpec(candidate)) found.push({ kind: "spec", id: exportName, file, exportName, spec: candidate });
    }
  }
  const ids = found.map((s) => s.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`action specs exported under the same name from two modules: ${twice.join(", ")}`);
  return found;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** app/(portal)/x/[id]/route.ts → /x/[id]: route groups leave the URL. */
export function routePath(file: string): string {
  const parts = file.split("/").slice(1, -1).filter((p) => !(p.startsWith("(") && p.endsWith(")")));
  return `/${parts.join("/")}`;
}

/** Every route.ts under app/ and its path; `skip` says which paths are not imported (excluded with a reason). */
export function listRouteFiles(): { file: string; path: string }[] {
  return walk("app")
    .filter((f) => /\/route\.tsx?$/.test(f))
    .map((file) => ({ file, path: routePath(file) }));
}

/** Every exported HTTP method of every route handler whose path is not skipped. */
export async function discoverRoutes(skip: (routePath: string) => boolean): Promise<RouteEntry[]> {
  const found: RouteEntry[] = [];
  for (const { file, path: p } of listRouteFiles()) {
    if (skip(p)) continue;
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = mod[method];
      if (typeof handler === "function") found.push({ kind: "route", id: `${method} ${p}`, file, method, path: p, handler: handler as RouteHandler });
    }
  }
  return found;
}

const isUseServer = (s: ts.Statement | undefined): boolean =>
  !!s && ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server";

/** "@/lib/a/b" → "lib/a/b.ts" (the project's only alias); relative imports resolved from the file. */
function moduleFile(from: string, specifier: string): string {
  const bare = specifier.startsWith("@/") ? specifier.slice(2) : path.posix.join(path.posix.dirname(from), specifier);
  return bare.endsWith(".ts") ? bare : `${bare}.ts`;
}

/** What a server action's body is: exactly `return runAction(spec, input)` (awaited or not), or not. */
function doorOf(body: ts.Block | undefined, imports: Map<string, { file: string; name: string }>): ServerActionEntry["door"] {
  const only = body?.statements.length === 1 ? body.statements[0] : undefined;
  if (!only || !ts.isReturnStatement(only) || !only.expression) return { kind: "other", why: "its body is not a single `return runAction(spec, input)`" };
  const call = ts.isAwaitExpression(only.expression) ? only.expression.expression : only.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== "runAction") return { kind: "other", why: "it does not return runAction(…)" };
  const [spec] = call.arguments;
  if (!spec || !ts.isIdentifier(spec)) return { kind: "other", why: "runAction's first argument is not an imported spec" };
  const imported = imports.get(spec.text);
  if (!imported) return { kind: "other", why: `${spec.text} is not imported` };
  if (imports.get("runAction")?.file !== "lib/actions/server-door.ts") return { kind: "other", why: "runAction is not lib/actions/server-door.ts's" };
  return { kind: "runAction", specFile: imported.file, specExport: imported.name };
}

/**
 * Every function the code marks "use server" (the whole module, or one inline function), read
 * statically: a server action is reachable by a POST from anyone, so each one must be a door
 * over a discovered spec, or be listed as excluded with a reason.
 */
export function discoverServerActions(): ServerActionEntry[] {
  const found: ServerActionEntry[] = [];
  for (const file of [...walk("app"), ...walk("components"), ...walk("lib")]) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (!text.includes("use server")) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const imports = new Map<string, { file: string; name: string }>();
    for (const s of source.statements) {
      if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
      const bindings = s.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      for (const el of bindings.elements) imports.set(el.name.text, { file: moduleFile(file, s.moduleSpecifier.text), name: (el.propertyName ?? el.name).text });
    }
    if (isUseServer(source.statements[0])) {
      for (const s of source.statements) {
        const exported = ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (!exported) continue;
        if (ts.isFunctionDeclaration(s)) {
          found.push({ file, name: s.name?.text ?? "default", line: line(s), door: doorOf(s.body, imports) });
        } else if (ts.isVariableStatement(s)) {
          for (const d of s.declarationList.declarations) {
            const init = d.initializer;
            const body = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isBlock(init.body) ? init.body : undefined;
            found.push({ file, name: d.name.getText(source), line: line(d), door: body ? doorOf(body, imports) : { kind: "other", why: "an exported value that is not a function with a body" } });
          }
        }
      }
      continue;
    }
    // Inline server actions: a function whose own body starts with "use server".
    const visit = (node: ts.Node) => {
      if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) && node.body && ts.isBlock(node.body) && isUseServer(node.body.statements[0])) {
        found.push({ file, name: "inline", line: line(node), door: { kind: "other", why: "an inline server action" } });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
