import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import type { Db } from "@/db/client";
import { contractProducts, contracts, people, products } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { notFound } from "@/lib/actions/result";

export const announceReleaseSchema = z.object({
  productCode: text({ min: 1, max: 32 }).toUpperCase(),
  version: text({ min: 1, max: 40 }),
  notes: text({ max: 4000 }).default(""),
});
export type AnnounceReleaseInput = z.input<typeof announceReleaseSchema>;

export type ReleaseRecipient = { personId: string; email: string; contractId: string; as: "software_coordinator" | "contract_manager" };

/**
 * Emails a product release to the people who look after each active contract with that
 * product (CL-9): a classic contract's software coordinator, or its contract manager when
 * it has none; a named contract's contract manager. One email per person, one audit event
 * per contract, all in the caller's transaction. Releases come from outside the portal,
 * like purchases, so this runs from a command-line tool (scripts/announce-release.ts).
 */
export async function announceRelease(tx: Db, raw: AnnounceReleaseInput): Promise<ReleaseRecipient[]> {
  const input = announceReleaseSchema.parse(raw);
  const [product] = await tx.select({ id: products.id, name: products.name }).from(products).where(eq(products.code, input.productCode));
  if (!product) throw notFound(`Product ${input.productCode}`);
  const rows = await tx
    .select({
      contractId: contracts.id,
      accountId: contracts.accountId,
      number: contracts.number,
      management: contracts.management,
      managerId: contracts.contractManagerId,
      coordinatorId: contracts.softwareCoordinatorId,
    })
    .from(contracts)
    .innerJoin(contractProducts, eq(contractProducts.contractId, contracts.id))
    .where(and(eq(contractProducts.productId, product.id), eq(contracts.status, "active")));
  const ids = [...new Set(rows.flatMap((c) => [c.managerId, c.coordinatorId].filter((id): id is string => Boolean(id))))];
  const emails = new Map(
    ids.length ? (await tx.select({ id: people.id, email: people.email }).from(people).where(inArray(people.id, ids))).map((p) => [p.id, p.email]) : [],
  );
  const recipients: ReleaseRecipient[] = [];
  const told = new Set<string>();
  for (const c of rows) {
    const coordinator = c.management === "classic" ? c.coordinatorId : null;
    const personId = coordinator ?? c.managerId;
    const email = emails.get(personId);
    if (!email) continue;
    const as = coordinator ? "software_coordinator" : "contract_manager";
    recipients.push({ personId, email, contractId: c.contractId, as });
    await writeAudit(tx, {
      actorId: null,
      actorLabel: "Release notes",
      action: "product.release_announced",
      accountId: c.accountId,
      contractId: c.contractId,
      targetType: "contract",
      targetId: c.contractId,
      targetLabel: c.number,
      after: { product: product.name, version: input.version, recipient: email, as },
      sideEffects: [{ rule: "CL-9", effect: `${email} was emailed the ${product.name} ${input.version} release` }],
    });
    if (told.has(personId)) continue;
    told.add(personId);
    await enqueueEmail(tx, {
      kind: "release-notes",
      to: email,
      subject: `${product.name} ${input.version} is available`,
      text: `${product.name} ${input.version} is available for your contracts.\n\n${input.notes || "Download it from your account."}`,
    });
  }
  return recipients;
}
