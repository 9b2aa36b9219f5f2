import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { ANY_ID, type ExpectedEffects, type Names } from "@/test/support/expect-effects";
import type { EffectCell, EffectRow, Ref } from "./effects";
import { PRINCIPAL_KEYS, type PrincipalKey, type SignedInPrincipal } from "./principals";
import type { SweepWorld } from "./world";

/**
 * Reads a row of test/sweep/effects.ts for one allowed cell: its references become the ids and
 * addresses of the sweep's targets, the cell's input and principal. Runs inside the cell's
 * transaction, so people the change created are found.
 */
export async function expectedFor(tx: Db, w: SweepWorld, row: EffectRow, principal: SignedInPrincipal, input: unknown): Promise<ExpectedEffects> {
  const cell: EffectCell = { principal, t: w.t };
  const effects = typeof row === "function" ? row(cell) : row;
  const at = (path: string): string => {
    const value = path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], input);
    if (typeof value !== "string") throw new Error(`effects.ts: input.${path} is not a string in this cell's input`);
    return value;
  };
  const personByEmail = async (email: string) => {
    const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.email, email.toLowerCase()));
    if (!row) throw new Error(`effects.ts: no person ${email} after the change`);
    return row.id;
  };
  const TARGETS: Record<string, string> = { account: w.t.accountId, contract: w.t.contractId, hub: w.t.hubId, destinationHub: w.t.destinationHubId };
  const id = async (ref: Ref): Promise<string> => {
    if (ref === "new") return ANY_ID;
    if (ref === "actor") return w.principal(principal).personId;
    if (ref in TARGETS) return TARGETS[ref]!;
    if (ref.startsWith("input.")) return at(ref.slice(6));
    if (ref.startsWith("person:")) return personByEmail(await address(ref.slice(7)));
    throw new Error(`effects.ts: unknown reference ${ref}`);
  };
  const address = async (ref: Ref): Promise<string> => {
    if (ref.includes("@")) return ref;
    if (ref === "actor") return w.principal(principal).email;
    if (ref.startsWith("principal:")) return w.principal(ref.slice(10) as SignedInPrincipal).email;
    if (ref.startsWith("input.")) return at(ref.slice(6));
    if (ref.startsWith("emailOf:")) {
      const personId = await id(ref.slice(8));
      const [row] = await tx.select({ email: people.email }).from(people).where(eq(people.id, personId));
      return row?.email ?? `no person ${personId}`;
    }
    throw new Error(`effects.ts: unknown address ${ref}`);
  };
  const scope = async (ref: Ref | undefined) => (ref === undefined ? null : id(ref));
  return {
    audit: await Promise.all(
      effects.audit.map(async (e) => ({
        action: e.action,
        accountId: await scope(e.scope.account),
        contractId: await scope(e.scope.contract),
        hubId: await scope(e.scope.hub),
        targetType: e.target[0],
        targetId: await id(e.target[1]),
        actorId: w.principal(principal).personId,
        ...(e.before !== undefined ? { before: e.before } : {}),
        ...(e.after !== undefined ? { after: e.after } : {}),
        ...(e.rules ? { sideEffectRules: e.rules } : {}),
      })),
    ),
    emails: await Promise.all(effects.emails.map(async (m) => ({ template: m.template, to: await address(m.to) }))),
  };
}

/** The sweep's ids by name, so a difference reads "hubId the target hub", not a uuid. */
export function sweepNames(w: SweepWorld, principal: PrincipalKey): Names {
  const names: Names = {
    [w.t.accountId]: "the target account",
    [w.t.otherAccountId]: "the other account",
    [w.t.contractId]: "the target contract",
    [w.t.otherContractId]: "the other contract",
    [w.t.hubId]: "the target hub",
    [w.t.destinationHubId]: "the destination hub",
    [w.t.projectId]: "the target project",
  };
  for (const p of PRINCIPAL_KEYS) if (p !== "signedOut") names[w.principal(p).personId] = p === principal ? `the actor (${p})` : `the ${p}`;
  return names;
}
