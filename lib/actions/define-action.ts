import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit, type AuditEvent } from "@/lib/audit/write-audit";
import { decide, type ActionKey, type ActorFacts, type ResourceFor } from "@/lib/permissions";
import { hitLimit, limitText, minutesText, type Limit } from "@/lib/security/rate-limit";
import { isRetryable, translateDbError } from "./db-errors";
import { DomainError, type ActionResult, type Failure } from "./result";
import { unexpectedFailure } from "./unexpected";

/** The facts a use case decides on: the actor's and the resource's, plus anything the body needs. */
/** An action's audit event; the executor adds who did it. */
export type ActionAudit = Omit<AuditEvent, "actorId" | "actorLabel">;

export type Facts<K extends ActionKey> = { actor: ActorFacts; resource: ResourceFor<K> };

export type ActionSpec<S extends z.ZodType, K extends ActionKey, F extends Facts<K>, T> = {
  input: S;
  /** The catalogue action the policy decides; its answer names the rule. */
  action: K;
  /** Loads the facts inside the transaction (lock rows here); null means "not found". */
  facts: (tx: Tx, input: z.output<S>, actor: Actor) => Promise<F | null>;
  /** The change. Returns its result and the audit event(s) written in the same transaction. */
  run: (tx: Tx, input: z.output<S>, ctx: { actor: Actor; facts: F }) => Promise<{ data: T; audit: ActionAudit | ActionAudit[] }>;
  /** A rate limit per actor (lib/security/limits.ts), counted before the facts are loaded, whatever the outcome. */
  limitPerActor?: { limit: Limit; what: string };
  /** Paths whose server-rendered pages show what changed. */
  revalidate?: (input: z.output<S>, data: T) => string[];
};

/** Declares a use case: the permission is part of its definition, not remembered at call sites. */
export function defineAction<S extends z.ZodType, K extends ActionKey, F extends Facts<K>, T>(spec: ActionSpec<S, K, F, T>): ActionSpec<S, K, F, T> {
  return spec;
}

class Denied extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

const RETRIES = 3;

function invalid(error: z.ZodError): Failure {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flat.fieldErrors)) {
    if (Array.isArray(messages) && messages.length > 0) fieldErrors[field] = messages as string[];
  }
  const first = flat.formErrors[0] ?? Object.values(fieldErrors)[0]?.[0] ?? "Check the highlighted fields.";
  return { ok: false, code: "invalid", message: first, fieldErrors };
}

function fromDomain(error: DomainError): Failure {
  if (error.code === "denied") return { ok: false, code: "denied", rule: error.rule ?? "", reason: error.message, message: error.message };
  if (error.code === "not_found") return { ok: false, code: "not_found", message: error.message };
  return { ok: false, code: "conflict", message: error.message, ...(error.rule ? { rule: error.rule } : {}) };
}

/**
 * Runs a use case for an actor: validate → facts → decide → one transaction (change +
 * audit) → typed result. Every door (server action, route handler, CLI, test) calls this.
 */
export async function execute<S extends z.ZodType, K extends ActionKey, F extends Facts<K>, T>(
  db: Db,
  actor: Actor,
  spec: ActionSpec<S, K, F, T>,
  raw: unknown,
): Promise<ActionResult<T>> {
  if (spec.limitPerActor) {
    const { limit, what } = spec.limitPerActor;
    // Outside the transaction below (a refused attempt still counts), so its failure is caught here.
    const counted = await hitLimit(db, limit, actor.personId).catch((error: unknown) => unexpectedFailure(spec.action, error));
    if ("ok" in counted) return counted;
    if (counted.limited) {
      const message = `You have ${what} too often (${limitText(limit)}). Try again in ${minutesText(counted.retryAfterMs)}.`;
      return { ok: false, code: "rate_limited", message, retryAfterMs: counted.retryAfterMs };
    }
  }
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  for (let attempt = 1; ; attempt++) {
    try {
      const data = await db.transaction(async (tx) => {
        const facts = await spec.facts(tx, input, actor);
        if (!facts) throw new Denied({ ok: false, code: "not_found", message: "This was not found." });
        const decision = decide(facts.actor, spec.action, facts.resource);
        if (!decision.allowed) {
          // What the actor may not see is "not found", so guessing ids reveals nothing.
          if (decision.visible === false) throw new Denied({ ok: false, code: "not_found", message: "This was not found." });
          throw new Denied({ ok: false, code: "denied", rule: decision.rule, reason: decision.reason, message: decision.reason });
        }
        const { data, audit } = await spec.run(tx, input, { actor, facts });
        for (const event of Array.isArray(audit) ? audit : [audit]) {
          await writeAudit(tx, { ...event, actorId: actor.personId, actorLabel: actor.name });
        }
        return data;
      });
      return { ok: true, data };
    } catch (error) {
      if (error instanceof Denied) return error.failure;
      if (error instanceof DomainError) return fromDomain(error);
      if (isRetryable(error) && attempt < RETRIES) continue;
      const translated = translateDbError(error);
      if (translated) return fromDomain(translated);
      return unexpectedFailure(spec.action, error);
    }
  }
}
