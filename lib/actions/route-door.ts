import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { currentActor, type Actor } from "@/lib/auth/actor";
import { decide, type ActionKey, type Decision, type ResourceFor } from "@/lib/permissions";
import { loadAccountFacts, type Loaded } from "@/lib/permissions/facts";
import { decisionToFailure } from "./decision-to-failure";
import type { AccountActionKey } from "./authorize-account";
import type { Failure } from "./result";
import { isDatabaseUnreachable, unexpectedFailure } from "./unexpected";

const STATUS: Record<Failure["code"], number> = { invalid: 400, denied: 403, not_found: 404, conflict: 409, rate_limited: 429, error: 500 };

/** A service failure as an HTTP answer: the same readable body, the matching status. */
export function failureResponse(failure: Failure): Response {
  return Response.json(failure, { status: STATUS[failure.code] });
}

/** 400 for a request whose input cannot be read (a NUL byte, an impossible date, a broken cursor). */
export function invalidResponse(message: string, fieldErrors: Record<string, string[]> = {}): Response {
  return failureResponse({ ok: false, code: "invalid", message, fieldErrors });
}

/**
 * Every data route handler is declared through this: a failure nobody planned for (the
 * database out of reach, above all) answers a readable JSON body, 503 when the database
 * cannot be reached and 500 otherwise, never Next's bare error page. What a handler streams
 * after it has answered is its own to report (the import's "failed" event).
 */
export function routeHandler<C>(name: string, handler: (request: Request, context: C) => Promise<Response>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return Response.json(unexpectedFailure(name, error), { status: isDatabaseUnreachable(error) ? 503 : 500 });
    }
  };
}

const uuid = z.uuid();

/** What a read route's handler gets once the door let it in. */
export type RouteDoor<P, F> = { request: Request; actor: Actor; db: Db; params: P; facts: F };
/** A route's permission check: the facts it decided on and the decision; null when there is nothing to see (404). */
export type RouteAccess<F> = { facts: F; decision: Decision } | null;

const unauthenticated = () => Response.json({ ok: false, code: "unauthenticated", message: "Sign in first." }, { status: 401 });
const notFoundResponse = () => failureResponse({ ok: false, code: "not_found", message: "This page was not found." });

/**
 * The one door for route handlers that read or export: a failure nobody planned for answers
 * like `routeHandler`; the actor must be signed in (401); the URL's ids must parse (`params`,
 * 404 otherwise: a malformed id names nothing); `authorize` loads the facts and asks the policy
 * (404 for what the actor may not see, 403 with the rule for a visible refusal); only then
 * does `handle` run, with the facts it was allowed on.
 */
export function openRoute<P, F>(spec: {
  name: string;
  /** A check on the request itself, before anything is read (the import's same-origin check). */
  refuse?: (request: Request) => Response | null;
  params: z.ZodType<P>;
  /** Absent for a read every signed-in person may make, scoped by the read itself (the palette's search). */
  authorize?: (db: Db, actor: Actor, params: P) => Promise<RouteAccess<F>>;
  handle: (door: RouteDoor<P, F>) => Promise<Response>;
}): (request: Request, context: { params?: Promise<unknown> }) => Promise<Response> {
  return routeHandler(spec.name, async (request, context: { params?: Promise<unknown> } | undefined) => {
    const refused = spec.refuse?.(request);
    if (refused) return refused;
    const actor = await currentActor();
    if (!actor) return unauthenticated();
    // A route without dynamic segments may get no params at all.
    const parsed = spec.params.safeParse((await context?.params) ?? {});
    if (!parsed.success) return notFoundResponse();
    const db = await getDb();
    const access = spec.authorize ? await spec.authorize(db, actor, parsed.data) : { facts: null as F, decision: null };
    if (!access) return notFoundResponse();
    const denied = access.decision && decisionToFailure(access.decision);
    if (denied) return failureResponse(denied);
    return spec.handle({ request, actor, db, params: parsed.data, facts: access.facts });
  });
}

/** `authorize` for a resource whose facts one loader reads: the policy's answer for `action` on them. */
export function decideOn<P, K extends ActionKey>(action: K, load: (db: Db, personId: string, params: P) => Promise<Loaded<ResourceFor<K>> | null>) {
  return async (db: Db, actor: Actor, params: P): Promise<RouteAccess<Loaded<ResourceFor<K>>>> => {
    const facts = await load(db, actor.personId, params);
    return facts && { facts, decision: decide(facts.actor, action, facts.resource) };
  };
}

/** The URL's account id; `accountAction(key)` decides an account-level action on it. */
export const accountParams = z.object({ accountId: uuid });
export const accountAction = (action: AccountActionKey) => decideOn(action, (db, personId, p: { accountId: string }) => loadAccountFacts(db, personId, p.accountId));
