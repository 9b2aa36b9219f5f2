import path from "node:path";
import type { Db } from "@/db/client";
import { execute } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/actor";
import { publicOrigin } from "@/lib/config/public-url";
import { outcome } from "@/test/support/outcome";
import { ROOT, type AnySpec, type RouteEntry } from "./registry";
import type { RouteRequest } from "./inputs";

/**
 * Running one cell through its door, and its answer in the expected table's words:
 * "allowed", "denied <rule>", "not_found", "signed_out"; anything else ("invalid",
 * "conflict", "error", an HTTP status…) never appears in the table, so it fails the cell.
 */

/** A signed-in principal through the executor every server action calls after reading the actor. */
export async function runSpec(db: Db, actor: Actor, spec: AnySpec, input: unknown): Promise<string> {
  return outcome(await execute(db, actor, spec, input));
}

type RedirectSignal = { digest: string };
const isRedirect = (e: unknown): e is RedirectSignal =>
  typeof e === "object" && e !== null && "digest" in e && typeof e.digest === "string" && e.digest.startsWith("NEXT_REDIRECT;");

/**
 * A server action exactly as Next.js calls it: the exported function of the "use server"
 * module. Without a session, lib/actions/server-door.ts's requireActor must redirect to the
 * sign-in page before anything runs.
 */
export async function runServerAction(file: string, name: string, input: unknown): Promise<string> {
  const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  const action = mod[name];
  if (typeof action !== "function") throw new Error(`${file} has no server action ${name}`);
  try {
    const result: unknown = await (action as (input: unknown) => Promise<unknown>)(input);
    const r = result as Parameters<typeof outcome>[0];
    return `returned ${outcome(r)} without a session`;
  } catch (error) {
    if (!isRedirect(error)) throw error;
    const [, , to] = error.digest.split(";");
    return to === "/sign-in" ? "signed_out" : `redirect to ${to}`;
  }
}

const fill = (p: string, params: Record<string, string>) => p.replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? `[${k}]`);

/** The NDJSON stream's last event (the import route answers 200, then reports in the stream). */
function lastEvent(body: string): { type?: string; rule?: string } {
  const lines = body.trim().split("\n").filter(Boolean);
  try {
    return JSON.parse(lines.at(-1) ?? "{}") as { type?: string; rule?: string };
  } catch {
    return {};
  }
}

/**
 * A route handler called as Next.js calls it: a Request from the portal's own origin and the
 * route's params. The body is read in full (a CSV export streams from the database, inside
 * the cell's transaction).
 */
export async function runRoute(route: RouteEntry, req: RouteRequest): Promise<string> {
  const origin = publicOrigin();
  const url = new URL(fill(route.path, req.params), origin);
  for (const [k, v] of Object.entries(req.search ?? {})) url.searchParams.set(k, v);
  const request = new Request(url, { method: route.method, headers: { origin }, ...(req.form ? { body: req.form() } : {}) });
  const response = await route.handler(request, { params: Promise.resolve(req.params) });
  const body = await response.text();
  const json = (): { code?: string; rule?: string } => {
    try {
      return JSON.parse(body) as { code?: string; rule?: string };
    } catch {
      return {};
    }
  };
  switch (response.status) {
    case 200: {
      if (!(response.headers.get("content-type") ?? "").includes("ndjson")) return "allowed";
      const last = lastEvent(body);
      return last.type === "done" ? "allowed" : `stream ended with ${last.type ?? "nothing"}${last.rule ? ` ${last.rule}` : ""}`;
    }
    case 401:
      return "signed_out";
    case 403: {
      const j = json();
      return j.code === "denied" && j.rule ? `denied ${j.rule}` : `403 ${j.code ?? ""}`.trim();
    }
    case 404:
      return "not_found";
    default:
      return `http ${response.status} ${json().code ?? ""}`.trim();
  }
}
