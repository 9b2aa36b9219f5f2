// `npm run rules:coverage [-- --strict] [-- --verbose] [-- --where UM-4]`
// Which rule IDs does no test name? RULES.md asks that every rule have a test that names
// its ID in the title, and that the uncovered ones stay visible. The IDs come from the
// policy (lib/permissions/rules.ts) and from ../shared/RULES.md when it is there; the
// tests are e2e/**, **/*.test.ts(x) and **/*.spec.ts(x), and only their titles count
// (describe/it/test, Playwright's test.describe/test and setup): an ID in a comment or an
// assertion covers nothing. A rule named only by tests of the seed data (lib/demo, the
// large seed) is "pending": it is shown, but the rule is not enforced by a tested use case.
// It also lists the services that still throw a rule (DESIGN.md: every refusal is the
// policy's, so a rule is one hop from its ID and the matrix shows it): `DomainError("denied", …)`
// anywhere outside lib/permissions, and `conflict(…, "<ID>")` / `DomainError("conflict", …, "<ID>")`
// not marked `// conflict: <why>` on its line or the line above (a race, a duplicate or a stale
// preview is a conflict; a refusal is not).
// Exit 0, 1 when a test title names an ID of a known area that no rule has (a typo), or
// with --strict when any ID is uncovered or pending, or a service throws a refusal.
//   --where ID   the rule's catalogue entries, policy branches (lines in lib/permissions
//                naming it), database constraints (db/schema, db/migrations), the services
//                that throw it, and tests.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const RULE_ID = /^[A-Z]{2}-\d+$/;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Rule IDs written in bold in a rules document: `**UM-4**`. */
export function idsInRulesDoc(text: string): string[] {
  return unique([...text.matchAll(/\*\*([A-Z]{2}-\d+)\*\*/g)].map((m) => m[1] ?? ""));
}

/**
 * Rule IDs found in a module's exports, whatever their shape: an array of IDs, an object
 * keyed by ID, or an array/object of rule records with an `id` field.
 */
export function idsInExports(mod: Record<string, unknown>): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || value === null || value === undefined) return;
    if (typeof value === "string") {
      if (RULE_ID.test(value)) found.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (value instanceof Set) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.id === "string") {
        visit(record.id, depth + 1);
        return;
      }
      for (const [key, inner] of Object.entries(record)) {
        if (RULE_ID.test(key)) found.push(key);
        else if (depth < 1) visit(inner, depth + 1);
      }
    }
  };
  // Prefer an export that is plainly the list of IDs.
  for (const name of ["RULE_IDS", "ruleIds", "RULES", "rules", "ruleCatalog"]) {
    if (name in mod) visit(mod[name], 0);
    if (found.length > 0) return unique(found);
  }
  for (const value of Object.values(mod)) visit(value, 0);
  return unique(found);
}

/** The IDs (among `ids`) that the given text names as whole words. */
export function idsNamedIn(text: string, ids: readonly string[]): string[] {
  return ids.filter((id) => new RegExp(`(?<![\\w-])${id}(?![\\w])`).test(text));
}

export function isTestFile(file: string): boolean {
  const f = file.split(path.sep).join("/");
  if (/(^|\/)(node_modules|\.next[^/]*|\.auth)\//.test(f)) return false;
  if (f.startsWith("e2e/")) return /\.(ts|tsx|mjs|js)$/.test(f);
  return /\.(test|spec)\.(ts|tsx)$/.test(f);
}

/** Test files that check the demo or large seed data rather than a use case. */
export function isSeedTest(file: string): boolean {
  const f = file.split(path.sep).join("/");
  return /(^|\/)lib\/demo\//.test(f) || /(^|\/)scripts\/seed\//.test(f) || /(^|\/)[^/]*seed[^/]*\.(test|spec)\.tsx?$/.test(f);
}

export type TestTitle = { title: string; line: number };
// `when(title, …)` is a row of the policy's decision tables (lib/permissions/test-facts.ts),
// which `decisionTable` runs as `it.each(rows)("$title")`: its title is the test's title.
const TEST_FUNCTIONS = new Set(["describe", "it", "test", "setup", "suite", "when"]);

/** The base name of a test call's callee: `test` for test(…), test.describe(…), it.each(…)(…). */
function testFunctionOf(callee: ts.Expression): string | null {
  if (ts.isIdentifier(callee)) return TEST_FUNCTIONS.has(callee.text) ? callee.text : null;
  if (ts.isPropertyAccessExpression(callee)) return testFunctionOf(callee.expression);
  if (ts.isCallExpression(callee)) return testFunctionOf(callee.expression);
  return null;
}

function titleText(arg: ts.Expression | undefined): string | null {
  if (!arg) return null;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg)) return [arg.head.text, ...arg.templateSpans.map((s) => s.literal.text)].join("…");
  if (ts.isBinaryExpression(arg) && arg.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const parts = [titleText(arg.left), titleText(arg.right)].filter((p): p is string => p !== null);
    return parts.length ? parts.join("") : null;
  }
  return null;
}

/** The titles of the tests and suites in a test file (the first argument of describe/it/test calls). */
export function testTitles(source: string, fileName = "x.test.ts"): TestTitle[] {
  const kind = /\.(tsx|jsx)$/.test(fileName) ? ts.ScriptKind.TSX : /\.(mjs|js)$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const titles: TestTitle[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && testFunctionOf(node.expression)) {
      const title = titleText(node.arguments[0]);
      if (title !== null) titles.push({ title, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return titles;
}

/** IDs of a known area (prefix) that no rule has: a typo in a test title. */
export function unknownIds(text: string, known: readonly string[]): string[] {
  const prefixes = new Set(known.map((id) => id.split("-")[0]));
  const named = [...text.matchAll(/(?<![\w-])([A-Z]{2}-\d+)(?!\w)/g)].map((m) => m[1] ?? "");
  return unique(named.filter((id) => prefixes.has(id.split("-")[0]) && !known.includes(id)));
}

/** Files git knows about (tracked, or new and not ignored); a directory walk without git. */
function candidateFiles(): string[] {
  try {
    const out = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
    return out.split("\0").filter(Boolean);
  } catch {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        if ([".git", "node_modules", ".data"].includes(entry.name) || entry.name.startsWith(".next")) continue;
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(rel);
        else files.push(rel);
      }
    };
    walk("");
    return files;
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids.filter(Boolean))].sort(compareIds);
}

export function compareIds(a: string, b: string): number {
  const [pa = "", na = "0"] = a.split("-");
  const [pb = "", nb = "0"] = b.split("-");
  return pa === pb ? Number(na) - Number(nb) : pa.localeCompare(pb);
}

async function policyIds(): Promise<{ ids: string[]; note?: string }> {
  const file = path.join(root, "lib", "permissions", "rules.ts");
  if (!existsSync(file)) return { ids: [], note: "lib/permissions/rules.ts not found" };
  try {
    // A computed specifier: the script must also run before that module exists.
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const ids = idsInExports(mod);
    return ids.length ? { ids } : { ids, note: "lib/permissions/rules.ts exports no rule IDs" };
  } catch (error) {
    return { ids: [], note: `could not load lib/permissions/rules.ts: ${error instanceof Error ? error.message : String(error)}` };
  }
}

type Hit = { file: string; line: number; text: string };

/** Lines of the given files that name the ID, as file:line text. */
function linesNaming(files: string[], id: string): Hit[] {
  const hits: Hit[] = [];
  for (const file of files) {
    readFileSync(path.join(root, file), "utf8")
      .split("\n")
      .forEach((text, i) => {
        if (idsNamedIn(text, [id]).length) hits.push({ file, line: i + 1, text: text.trim().slice(0, 160) });
      });
  }
  return hits;
}

async function catalogueEntries(id: string): Promise<string[]> {
  const file = path.join(root, "lib", "permissions", "catalog.ts");
  if (!existsSync(file)) return [];
  const mod = (await import(pathToFileURL(file).href)) as { CATALOG?: readonly { key: string; label: string; rules: readonly string[] }[] };
  return (mod.CATALOG ?? []).filter((e) => e.rules.includes(id)).map((e) => `${e.key.padEnd(32)} ${e.label}  [${e.rules.join(", ")}]`);
}

/** A rule thrown by a service instead of decided by the policy (or a conflict naming one). */
export type RuleThrow = { file: string; line: number; kind: "refusal" | "conflict"; rule: string | null; marked: boolean; text: string };

const stringArg = (arg: ts.Expression | undefined): string | null => (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : null);
const argText = (arg: ts.Expression | undefined, file: ts.SourceFile): string => (arg ? arg.getText(file) : "");
/** `// conflict: <why>` on the throw's line or the line above it: a reviewed conflict, not a refusal. */
const CONFLICT_MARK = /\/\/\s*conflict:\s*\S/;

/**
 * The rule throws in one source file: every `new DomainError("denied", …)` (a refusal: the policy's
 * job), and every conflict that names a rule ID, `conflict(msg, "ID")` or `new DomainError("conflict",
 * msg, "ID")`, with whether it carries the `// conflict: <why>` mark. The rule is the third argument
 * when it is a literal, else the first known ID the message names.
 */
export function ruleThrows(source: string, fileName: string, known: readonly string[]): RuleThrow[] {
  const kind = /\.(tsx|jsx)$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const lines = source.split("\n");
  const found: RuleThrow[] = [];
  const add = (node: ts.Node, k: RuleThrow["kind"], message: string, ruleArg: string | null) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    const rule = ruleArg && RULE_ID.test(ruleArg) ? ruleArg : (idsNamedIn(message, known)[0] ?? null);
    if (k === "conflict" && !rule) return;
    const marked = k === "conflict" && [lines[line - 1] ?? "", lines[line - 2] ?? ""].some((l) => CONFLICT_MARK.test(l));
    found.push({ file: fileName, line, kind: k, rule, marked, text: (lines[line - 1] ?? "").trim().slice(0, 160) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "DomainError") {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const code = stringArg(args[0]);
      if (code === "denied") add(node, "refusal", argText(args[1], file), stringArg(args[2]));
      else if (code === "conflict" && args[2]) add(node, "conflict", argText(args[1], file), stringArg(args[2]));
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "conflict" && node.arguments[1]) {
      add(node, "conflict", argText(node.arguments[0], file), stringArg(node.arguments[1]));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Service source files: application code outside the policy (which decides) and outside tests and scripts. */
export function isServiceFile(file: string): boolean {
  const f = file.split(path.sep).join("/");
  return /^(lib|app)\//.test(f) && /\.(ts|tsx)$/.test(f) && !isTestFile(f) && !f.startsWith("lib/permissions/") && !/(^|\/)test-[^/]*\.ts$/.test(f);
}

/** Every rule throw in the repository's service files (the files git knows about). */
export function serviceRuleThrows(known: readonly string[], files: readonly string[] = candidateFiles()): RuleThrow[] {
  return files
    .filter((f) => isServiceFile(f) && existsSync(path.join(root, f)))
    .flatMap((f) => {
      const source = readFileSync(path.join(root, f), "utf8");
      // Parse only files that could throw one (parsing every file takes seconds).
      return /DomainError|conflict\(/.test(source) ? ruleThrows(source, f, known) : [];
    });
}

const throwLine = (t: RuleThrow) => `${t.file}:${t.line}  ${t.kind === "refusal" ? "refusal" : t.marked ? "conflict (marked)" : "conflict"} ${t.rule ?? "(no rule)"}  ${t.text}`;

async function where(id: string, known: readonly string[], files: string[], titlesByFile: Map<string, TestTitle[]>): Promise<void> {
  if (!known.includes(id)) {
    console.log(`${id}: not a known rule ID`);
    process.exit(1);
  }
  const source = (f: string) => /\.(ts|tsx)$/.test(f) && !isTestFile(f) && !/(^|\/)test-[^/]*\.ts$/.test(f);
  const section = (title: string, lines: string[]) => {
    console.log(`\n${title} (${lines.length})`);
    for (const l of lines.length ? lines : ["-"]) console.log(`  ${l}`);
  };
  const show = (hits: Hit[]) => hits.map((h) => `${h.file}:${h.line}  ${h.text}`);
  console.log(`${id}`);
  section("catalogue entries (lib/permissions/catalog.ts)", await catalogueEntries(id));
  section("policy branches (lib/permissions)", show(linesNaming(files.filter((f) => f.startsWith("lib/permissions/") && source(f) && f !== "lib/permissions/catalog.ts"), id)));
  section("database constraints (db/schema, db/migrations)", show(linesNaming(files.filter((f) => /^db\/(schema\/.*\.ts|migrations\/.*\.sql)$/.test(f)), id)));
  section("services that throw it (a refusal belongs in lib/permissions; a conflict is marked `// conflict: <why>`)", serviceRuleThrows(known, files).filter((t) => t.rule === id).map(throwLine));
  const tests = [...titlesByFile].flatMap(([file, titles]) => titles.filter((t) => idsNamedIn(t.title, [id]).length).map((t) => `${file}:${t.line}  ${t.title}${isSeedTest(file) ? "  (seed data)" : ""}`));
  section("tests (titles)", tests);
}

async function main(): Promise<void> {
  const strict = process.argv.includes("--strict");
  const verbose = process.argv.includes("--verbose");
  const whereAt = process.argv.indexOf("--where");
  const whereId = whereAt >= 0 ? process.argv[whereAt + 1]?.toUpperCase() : undefined;

  const policy = await policyIds();
  const docPath = path.join(root, "..", "shared", "RULES.md");
  const doc = existsSync(docPath) ? idsInRulesDoc(readFileSync(docPath, "utf8")) : [];
  const known = unique([...policy.ids, ...doc]);

  const files = candidateFiles().filter((f) => existsSync(path.join(root, f)) && statSync(path.join(root, f)).isFile());
  const tests = files.filter(isTestFile);
  const titlesByFile = new Map(tests.map((file) => [file, testTitles(readFileSync(path.join(root, file), "utf8"), file)] as const));
  if (whereAt >= 0) {
    if (!whereId) {
      console.log("usage: npm run rules:coverage -- --where UM-4");
      process.exit(2);
    }
    await where(whereId, known, files, titlesByFile);
    return;
  }

  const coveredBy = new Map<string, string[]>();
  const seedOnly = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const [file, titles] of titlesByFile) {
    const text = titles.map((t) => t.title).join("\n");
    for (const id of unknownIds(text, known)) unknown.push(`${id} (${file})`);
    const target = isSeedTest(file) ? seedOnly : coveredBy;
    for (const id of idsNamedIn(text, known)) target.set(id, [...(target.get(id) ?? []), file]);
  }
  const pending = known.filter((id) => !coveredBy.has(id) && seedOnly.has(id));
  const thrown = serviceRuleThrows(known, files);
  const refusals = thrown.filter((t) => t.kind === "refusal");
  const unmarked = thrown.filter((t) => t.kind === "conflict" && !t.marked);
  const uncovered = known.filter((id) => !coveredBy.has(id) && !seedOnly.has(id));

  if (policy.note) console.log(`note: ${policy.note}`);
  console.log(`policy (lib/permissions/rules.ts): ${policy.ids.length} rule IDs`);
  console.log(`RULES.md (../shared/RULES.md): ${existsSync(docPath) ? `${doc.length} rule IDs` : "not found"}`);
  const notInPolicy = doc.filter((id) => !policy.ids.includes(id));
  const notInDoc = policy.ids.filter((id) => !doc.includes(id));
  if (policy.ids.length && notInPolicy.length) console.log(`in RULES.md, not in the policy: ${notInPolicy.join(", ")}`);
  if (doc.length && notInDoc.length) console.log(`in the policy, not in RULES.md: ${notInDoc.join(", ")}`);
  console.log(`test files searched: ${tests.length} (${[...titlesByFile.values()].reduce((n, t) => n + t.length, 0)} test and suite titles)`);
  if (verbose) {
    for (const id of known) console.log(`  ${id.padEnd(6)} ${(coveredBy.get(id) ?? (seedOnly.has(id) ? [`pending: ${seedOnly.get(id)!.join(", ")}`] : ["-"])).join(", ")}`);
  }
  if (pending.length) console.log(`pending (named only by tests of seed data, no use-case test yet): ${pending.join(", ")}`);
  if (unknown.length) console.log(`unknown rule IDs in test titles: ${unknown.join(", ")}`);
  const list = uncovered.length ? `: ${uncovered.join(", ")}` : "";
  console.log(`rules: ${known.length} known, ${coveredBy.size} covered, ${pending.length} pending, ${uncovered.length} uncovered${list}`);
  console.log(`services that throw a rule: ${refusals.length} refusal(s) (decide them in lib/permissions), ${unmarked.length} conflict(s) naming a rule without a \`// conflict: <why>\` mark`);
  for (const t of [...refusals, ...unmarked]) console.log(`  ${throwLine(t)}`);
  if (unknown.length > 0) process.exit(1);
  if (strict && (uncovered.length > 0 || pending.length > 0 || known.length === 0 || refusals.length > 0)) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
