import { eq } from "drizzle-orm";
import { z } from "zod";
import { isoDay, text } from "@/lib/input/schemas";
import type { Db } from "@/db/client";
import { contracts, people } from "@/db/schema";
import { conflict, notFound } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write-audit";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";

/*
 * The internal operation that records renewals (PU Decision), beside record-purchase.ts:
 * the seed, the tests and the command-line tools come through here, so PU-3 holds everywhere.
 */

export const recordRenewalSchema = z.object({
  contractId: z.uuid(),
  newRenewalDate: isoDay(),
  actorLabel: text({ min: 1, max: 100 }).optional(),
});

export type RecordRenewalInput = z.input<typeof recordRenewalSchema>;

/**
 * Records a renewal in the caller's transaction: moves the renewal date forward (and makes
 * an expired contract active again), writes one audit event and the contract manager's
 * confirmation email (PU-3).
 */
export async function recordRenewal(tx: Db, rawInput: RecordRenewalInput): Promise<{ contractId: string; renewalDate: string }> {
  const input = recordRenewalSchema.parse(rawInput);
  // Locked so that a concurrent renewal or contract-manager change waits for this one.
  const [row] = await tx
    .select({
      id: contracts.id,
      accountId: contracts.accountId,
      number: contracts.number,
      status: contracts.status,
      renewalDate: contracts.renewalDate,
      cmEmail: people.email,
      cmFirstName: people.firstName,
    })
    .from(contracts)
    .innerJoin(people, eq(people.id, contracts.contractManagerId))
    .where(eq(contracts.id, input.contractId))
    .for("update", { of: contracts });
  if (!row) throw notFound("The contract");
  if (input.newRenewalDate <= row.renewalDate) {
    throw conflict(`The new renewal date must be after the current one (${row.renewalDate}).`);
  }

  await tx.update(contracts).set({ renewalDate: input.newRenewalDate, status: "active" }).where(eq(contracts.id, row.id));
  await enqueueEmail(tx, {
    kind: "renewal-confirmation",
    to: row.cmEmail,
    subject: `Your contract ${row.number} is renewed`,
    text: `Hello ${row.cmFirstName},\n\nContract ${row.number} is renewed until ${input.newRenewalDate}.`,
  });
  await writeAudit(tx, {
    actorId: null,
    actorLabel: input.actorLabel ?? "Renewal",
    action: "contract.renewed",
    accountId: row.accountId,
    contractId: row.id,
    targetType: "contract",
    targetId: row.id,
    targetLabel: row.number,
    before: { renewalDate: row.renewalDate, status: row.status },
    after: { renewalDate: input.newRenewalDate, status: "active" },
  });
  return { contractId: row.id, renewalDate: input.newRenewalDate };
}

