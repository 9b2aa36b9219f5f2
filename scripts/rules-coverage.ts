// `npm run rules:coverage [-- --strict] [-- --verbose]`
// Which rule IDs does no test name? RULES.md asks that every rule have a test that names
// its ID in the title, and that the uncovered ones stay visible. The IDs come from the
// policy (lib/permissions/rules.ts) and from ../shared/RULES.md when it is there; the
// tests are e2e/**, **/*.test.ts(x) and **/*.spec.ts(x). Exit 0, or 1 with --strict when
// any ID is uncovered.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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

async function main(): Promise<void> {
  const strict = process.argv.includes("--strict");
  const verbose = process.argv.includes("--verbose");

  const policy = await policyIds();
  const docPath = path.join(root, "..", "shared", "RULES.md");
  const doc = existsSync(docPath) ? idsInRulesDoc(readFileSync(docPath, "utf8")) : [];
  const known = unique([...policy.ids, ...doc]);

  const tests = candidateFiles().filter(isTestFile).filter((f) => existsSync(path.join(root, f)) && statSync(path.join(root, f)).isFile());
  const coveredBy = new Map<string, string[]>();
  for (const file of tests) {
    for (const id of idsNamedIn(readFileSync(path.join(root, file), "utf8"), known)) {
      coveredBy.set(id, [...(coveredBy.get(id) ?? []), file]);
    }
  }
  const uncovered = known.filter((id) => !coveredBy.has(id));

  if (policy.note) console.log(`note: ${policy.note}`);
  console.log(`policy (lib/permissions/rules.ts): ${policy.ids.length} rule IDs`);
  console.log(`RULES.md (../shared/RULES.md): ${existsSync(docPath) ? `${doc.length} rule IDs` : "not found"}`);
  const notInPolicy = doc.filter((id) => !policy.ids.includes(id));
  const notInDoc = policy.ids.filter((id) => !doc.includes(id));
  if (policy.ids.length && notInPolicy.length) console.log(`in RULES.md, not in the policy: ${notInPolicy.join(", ")}`);
  if (doc.length && notInDoc.length) console.log(`in the policy, not in RULES.md: ${notInDoc.join(", ")}`);
  console.log(`test files searched: ${tests.length}`);
  if (verbose) {
    for (const id of known) console.log(`  ${id.padEnd(6)} ${(coveredBy.get(id) ?? ["-"]).join(", ")}`);
  }
  const list = uncovered.length ? `: ${uncovered.join(", ")}` : "";
  console.log(`rules: ${known.length} known, ${known.length - uncovered.length} covered, ${uncovered.length} uncovered${list}`);
  if (strict && (uncovered.length > 0 || known.length === 0)) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
