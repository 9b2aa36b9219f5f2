import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import type { Db } from "@/db/client";
import { contractProducts, contracts, people, products, releaseNotices } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { notFound } from "@/lib/actions/result";

export const announceReleaseSchema = z.object({
  productCode: text({ min: 1, max: 32 }).toUpperCase(),
  version: text({ min: 1, max: 40 }),
  notes: text({ max: 4000 }).default(""),
});
export type AnnounceReleaseInput = z.input<typeof announceReleaseSchema>;

export type ReleaseRecipient = { personId: string; email: string; contractId: string; contractNumber: string; as: "software_coordinator" };
export type ReleaseOutcome = {
  /** One email each: a coordinator and one contract of theirs with the product (CL-9). */
  recipients: ReleaseRecipient[];
  /** Contracts whose coordinator was told about this release before: nobody is emailed twice. */
  alreadyTold: string[];
  /** Active contracts with the product and no software coordinator: nothing is sent for them. */
  withoutCoordinator: { contractId: string; number: string }[];
};

/**
 * Emails a product release to the software coordinator of each active contract with that
 * product (CL-9): one email per coordinator and contract, through the outbox, and never
 * twice: release_notices holds one row per release and contract (its unique key decides,
 * even against a concurrent run), so announcing the same release again sends nothing. A
 * contract without a coordinator sends nothing and is listed. One audit event per contract
 * told, all in the caller's transaction. Releases come from outside the portal, like
 * purchases, so this runs from a command-line tool (scripts/announce-release.ts).
 */
export async function announceRelease(tx: Db, raw: AnnounceReleaseInput): Promise<ReleaseOutcome> {
  const input = announceReleaseSchema.parse(raw);
  const [product] = await tx.select({ id: products.id, name: products.name }).from(products).where(eq(products.code, input.productCode));
  if (!product) throw notFound(`Product ${input.productCode}`);
  const rows = await tx
    .select({
      contractId: contracts.id,
      accountId: contracts.accountId,
      number: contracts.number,
      coordinatorId: contracts.softwareCoordinatorId,
      email: people.email,
    })
    .from(contracts)
    .innerJoin(contractProducts, eq(contractProducts.contractId, contracts.id))
    .leftJoin(people, eq(people.id, contracts.softwareCoordinatorId))
    .where(and(eq(contractProducts.productId, product.id), eq(contracts.status, "active")))
    .orderBy(asc(contracts.number));
  const coordinated = rows.filter((r) => r.coordinatorId && r.email);
  const outcome: ReleaseOutcome = { recipients: [], alreadyTold: [], withoutCoordinator: rows.filter((r) => !r.coordinatorId).map((r) => ({ contractId: r.contractId, number: r.number })) };
  if (coordinated.length === 0) return outcome;
  const fresh = new Set(
    (
      await tx
        .insert(releaseNotices)
        .values(coordinated.map((c) => ({ productId: product.id, version: input.version, contractId: c.contractId, recipientId: c.coordinatorId, notes: input.notes })))
        .onConflictDoNothing()
        .returning({ contractId: releaseNotices.contractId })
    ).map((r) => r.contractId),
  );
  for (const c of coordinated) {
    if (!fresh.has(c.contractId)) {
      outcome.alreadyTold.push(c.contractId);
      continue;
    }
    const email = c.email!;
    outcome.recipients.push({ personId: c.coordinatorId!, email, contractId: c.contractId, contractNumber: c.number, as: "software_coordinator" });
    await enqueueEmail(tx, {
      kind: "release-notes",
      to: email,
      subject: `${product.name} ${input.version} is available (contract ${c.number})`,
      text: `${product.name} ${input.version} is available for contract ${c.number}, which you coordinate.\n\n${input.notes || "Download it from your account."}`,
    });
    await writeAudit(tx, {
      actorId: null,
      actorLabel: "Release notes",
      action: "product.release_announced",
      accountId: c.accountId,
      contractId: c.contractId,
      targetType: "contract",
      targetId: c.contractId,
      targetLabel: c.number,
      after: { product: product.name, version: input.version, recipient: email, as: "software_coordinator" },
      sideEffects: [{ rule: "CL-9", effect: `${email} was emailed the ${product.name} ${input.version} release` }],
    });
  }
  return outcome;
}

export type LatestRelease = { product: string; version: string; sentAt: string };

/** The latest releases told to a contract's coordinator (CL-9), newest first, for the contract page. */
export async function latestReleases(db: Db, contractId: string, limit = 5): Promise<LatestRelease[]> {
  const rows = await db
    .select({ product: products.name, version: releaseNotices.version, sentAt: releaseNotices.sentAt })
    .from(releaseNotices)
    .innerJoin(products, eq(products.id, releaseNotices.productId))
    .where(eq(releaseNotices.contractId, contractId))
    .orderBy(desc(releaseNotices.sentAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, sentAt: r.sentAt.toISOString().slice(0, 10) }));
}
