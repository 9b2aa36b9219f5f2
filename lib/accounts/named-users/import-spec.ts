import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import type { Db } from "@/db/client";
import { namedUsers, people, products } from "@/db/schema";
import { enqueueEmails } from "@/lib/outbox/enqueue-email";
import { defineAction } from "@/lib/actions/define-action";
import { claimIdempotencyKey, idempotencyKeyInput, recordIdempotentResult, type IdempotencyClaim } from "@/lib/actions/idempotency";
import { DomainError } from "@/lib/actions/result";
import { loadAccountFacts } from "@/lib/permissions/facts";
import { emailList, findOrCreatePeople } from "@/lib/people/people";
import { assignNamedProduct, lockNamedSeats, namedNoSeatReason } from "@/lib/seats/named-seats";
import { accountName, invitationEmail } from "./invitation-email";
import { IMPORT_MAX_ROWS } from "./import-rows";
import { personEmail, personName } from "./person-input";

export const IMPORT_CHUNK = 500;

export const importInput = z.object({
  accountId: z.uuid(),
  /** Made when the import started: the same import sent twice (a double click, a retry) applies once. */
  idempotencyKey: idempotencyKeyInput,
  rows: z
    .array(z.object({ row: z.number().int().min(1), email: personEmail, firstName: personName, lastName: personName, productCodes: z.array(text({ min: 1, max: 32 })).max(20) }))
    .min(1)
    .max(IMPORT_MAX_ROWS),
});

const importSummary = z.object({
  added: z.number().int(),
  skipped: z.array(z.object({ row: z.number().int(), email: text({ max: 254 }), reason: text({ max: 500 }) })),
  /** Product code → how many of the added users got it. */
  assigned: z.record(text({ max: 32 }), z.number().int()),
  emailsQueued: z.number().int(),
  /** True when this answer is the first one given again: the same import had already run, nothing more was written. */
  replayed: z.boolean(),
});

export type ImportSummary = z.infer<typeof importSummary>;

const wantedJoin = sql`wanted.email = ${people.email}`;

const chunks = <T>(items: T[], size = IMPORT_CHUNK): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Seats the import needs per product against the free seats, all locked first (UM-9); a product that does not fit refuses the whole import. */
async function checkSeats(tx: Db, accountId: string, need: Map<string, { id: string; name: string; n: number }>): Promise<void> {
  const short: string[] = [];
  // Locks in product id order, so two imports never wait on each other in a circle.
  for (const p of [...need.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const seats = await lockNamedSeats(tx, accountId, p.id);
    const free = Math.max(0, seats.total - seats.assigned);
    if (p.n > free) short.push(`${p.name} needs ${p.n} seat${p.n === 1 ? "" : "s"} but ${free === 0 ? "none is" : `only ${free} ${free === 1 ? "is" : "are"}`} free`);
  }
  // conflict: capacity, counted under the seat locks before anything is written (UM-9); the policy decides who may import.
  if (short.length) throw new DomainError("conflict", `Not enough seats: ${short.join("; ")} (UM-9). Nothing was imported.`, "UM-9");
}

/**
 * The import's change, in one transaction (UM-5, HY-2, UM-9, EM-1, AU-1): users already in
 * the account are skipped; people are created when absent; named users, assignments and
 * invitation emails are inserted 500 at a time; one audit event records the whole import.
 * `onWriting` reports progress. Rows arrive validated (import-rows.ts) and are checked again.
 * The import's key is claimed in the same transaction: the same import twice adds once, and the
 * second answers the first's summary (`replayed`), with no second audit event or email.
 */
export function importNamedUsersSpec(onWriting: (done: number, total: number) => void = () => {}) {
  return defineAction({
    input: importInput,
    action: "namedUsers.import",
    facts: (tx, input, actor) => loadAccountFacts(tx, actor.personId, input.accountId),
    run: async (tx, { accountId, idempotencyKey, rows }, { actor }) => {
      // After the policy allowed it: a replay answers only who may import now, in this account.
      const claim: IdempotencyClaim = { scope: `namedUsers.import:${accountId}`, key: idempotencyKey, actorId: actor.personId, request: rows };
      const first = await claimIdempotencyKey(tx, claim, importSummary);
      if (first) return { data: { ...first.replay, replayed: true }, audit: [] };
      const codes = [...new Set(rows.flatMap((r) => r.productCodes))];
      const catalogue = codes.length ? await tx.select({ id: products.id, code: products.code, name: products.name }).from(products).where(inArray(products.code, codes)) : [];
      const byCode = new Map(catalogue.map((p) => [p.code, p]));
      const missing = codes.filter((c) => !byCode.has(c));
      if (missing.length) throw new DomainError("conflict", `Unknown product code ${missing.join(", ")}. Nothing was imported.`);

      const present = new Set<string>();
      for (const part of chunks(rows.map((r) => r.email), 1000)) {
        const found = await tx
          .select({ email: people.email })
          .from(people)
          .innerJoin(emailList(part), wantedJoin)
          .innerJoin(namedUsers, and(eq(namedUsers.accountId, accountId), eq(namedUsers.personId, people.id)));
        for (const f of found) present.add(f.email);
      }
      const skipped = rows.filter((r) => present.has(r.email)).map((r) => ({ row: r.row, email: r.email, reason: "Already a user of this account." }));
      const fresh = rows.filter((r) => !present.has(r.email));

      const need = new Map<string, { id: string; name: string; n: number }>();
      for (const code of fresh.flatMap((r) => r.productCodes)) {
        const p = byCode.get(code)!;
        need.set(code, { id: p.id, name: p.name, n: (need.get(code)?.n ?? 0) + 1 });
      }
      await checkSeats(tx, accountId, need);

      const account = await accountName(tx, accountId);
      const assigned: Record<string, number> = {};
      let done = 0;
      onWriting(0, fresh.length);
      for (const part of chunks(fresh)) {
        // People who exist already (e.g. in another account) are found and left as they are: they
        // keep their names (UM-5 Decision), so the file's are not written and the email uses theirs.
        const found = await findOrCreatePeople(tx, part);
        const ids = new Map([...found].map(([email, p]) => [email, p.id]));
        const storedFirstName = new Map([...found].filter(([, p]) => !p.created).map(([email, p]) => [email, p.firstName]));
        await tx.insert(namedUsers).values(part.map((r) => ({ accountId, personId: ids.get(r.email)!, status: "invited" as const, addedBy: actor.personId })));
        for (const code of new Set(part.flatMap((r) => r.productCodes))) {
          const holders = part.filter((r) => r.productCodes.includes(code)).map((r) => ids.get(r.email)!);
          const outcome = await assignNamedProduct(tx, accountId, byCode.get(code)!.id, holders);
          // conflict: capacity, counted under the seat lock at the moment of writing (UM-9).
          if (outcome.noSeat.length) throw new DomainError("conflict", `${namedNoSeatReason(byCode.get(code)!.name)} Nothing was imported.`, "UM-9");
          assigned[code] = (assigned[code] ?? 0) + outcome.assigned.length;
        }
        // EM-1: the invitations go to the outbox in this transaction, a chunk per insert.
        await enqueueEmails(
          tx,
          part.map((r) =>
            invitationEmail({ to: r.email, firstName: storedFirstName.get(r.email) ?? r.firstName, accountName: account, inviterName: actor.name, productNames: r.productCodes.map((c) => byCode.get(c)!.name) }),
          ),
        );
        done += part.length;
        onWriting(done, fresh.length);
      }
      const summary: ImportSummary = { added: fresh.length, skipped, assigned, emailsQueued: fresh.length, replayed: false };
      await recordIdempotentResult(tx, claim, summary);
      return {
        data: summary,
        // Nothing added (all were there already) is no change, so no event (AU-1).
        audit: fresh.length === 0 ? [] : {
          action: "named_users.imported",
          accountId,
          targetType: "account",
          targetId: accountId,
          targetLabel: `${fresh.length} named user${fresh.length === 1 ? "" : "s"} imported`,
          after: { added: fresh.map((r) => r.email), skipped: skipped.map((s) => s.email), assigned },
          sideEffects: fresh.length ? [{ rule: "EM-1", effect: `${fresh.length} invitation emails queued in the outbox` }] : [],
        },
      };
    },
    revalidate: ({ accountId }) => [`/accounts/${accountId}/users`, `/accounts/${accountId}/products`],
  });
}
