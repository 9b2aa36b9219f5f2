import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { currentActor, type Actor } from "@/lib/auth/actor";
import type { ActorFacts } from "@/lib/permissions";
import { accountAccess, type AccountActionKey } from "./authorize-account";
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

export type AccountRoute = { actor: Actor; db: Db; accountId: string; facts: ActorFacts };

const uuid = z.uuid();

/**
 * The route-handler door for account URLs: a signed-in actor (401 otherwise), an account id
 * that is a UUID, and the policy's answer for the account-level action (404 for what the
 * actor may not see, 403 with the rule for a visible refusal).
 */
export async function openAccountRoute(params: Promise<{ accountId: string }>, action: AccountActionKey): Promise<AccountRoute | Response> {
  const actor = await currentActor();
  if (!actor) return Response.json({ ok: false, code: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { accountId } = await params;
  const notFound: Failure = { ok: false, code: "not_found", message: "This page was not found." };
  if (!uuid.safeParse(accountId).success) return failureResponse(notFound);
  const db = await getDb();
  const access = await accountAccess(db, actor.personId, accountId, action);
  return "refused" in access ? failureResponse(access.refused) : { actor, db, accountId, facts: access.actor };
}
