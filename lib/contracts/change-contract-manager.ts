import { eq } from "drizzle-orm";
import { text } from "@/lib/input/schemas";
import { accountAdmins, contracts } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { conflict } from "@/lib/actions/result";
import { ensureNamedUser } from "@/lib/accounts/admins/ensure-named-user";
import { findOrCreatePerson } from "@/lib/people/people";
import { roleChangeEffects } from "@/lib/permissions";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { publicLink } from "@/lib/config/public-url";
import { changedSincePreview, describeHandOver, loadHandOverFacts, readFingerprint } from "./contract-manager-change-facts";
import { contractManagerChangeTarget } from "./preview-contract-manager-change";

export const changeContractManagerInput = contractManagerChangeTarget.extend({
  /** The preview's fingerprint: the change applies only to the facts the actor saw. */
  expected: text({ min: 1, max: 600 }),
});

/** The refusal when the facts moved between preview and confirmation, saying what moved; the page then shows the new preview. */
export const previewOutOfDate = (what: string) => `${what}, so nothing was changed: check the new preview and confirm again.`;

/**
 * The contract manager hands the role to another person by email (CL-4), who is emailed a
 * confirmation. CL-5: they also become a secondary admin (and a named user) of the account,
 * unless already an admin here, an admin of another account (UM-4) or the account has no
 * User Management (HY-1); then the step is skipped and the reason recorded. The primary admin
 * stays (CL-11, UM-8) and the former manager keeps their other roles. Does exactly what the
 * preview said: if its facts changed, it refuses, saying what changed (CL-4 when the role
 * itself has moved on: see loadHandOverFacts).
 */
export const changeContractManager = defineAction({
  input: changeContractManagerInput,
  action: "contracts.changeManager",
  facts: (tx, input, actor) => loadHandOverFacts(tx, actor, input, true),
  run: async (tx, { accountId, contractId, email, expected }, { actor, facts }) => {
    const { preview, effects, basis } = await describeHandOver(tx, contractId, facts.resource.account.hasNamedContract, email, facts.person, facts.resource.newManager);
    if (preview.fingerprint !== expected) {
      const moved = changedSincePreview(readFingerprint(expected), basis, facts.person?.label ?? email);
      throw conflict(previewOutOfDate(moved.text), moved.rule);
    }
    const { person } = await findOrCreatePerson(tx, { email, firstName: "", lastName: "" });
    const [before] = await tx.select({ cm: contracts.contractManagerId, number: contracts.number }).from(contracts).where(eq(contracts.id, contractId));
    await tx.update(contracts).set({ contractManagerId: person.id }).where(eq(contracts.id, contractId));
    if (effects.secondaryAdmin === "added") {
      await ensureNamedUser(tx, accountId, person, actor.personId);
      await tx.insert(accountAdmins).values({ accountId, personId: person.id, role: "secondary" });
    }
    await enqueueEmail(tx, {
      kind: "contract-manager-changed",
      to: person.email,
      subject: `You are now the contract manager of contract ${before!.number}`,
      text: [
        `Hello ${person.firstName || person.email},`,
        "",
        `${actor.name} handed contract ${before!.number} over to you: you now manage its classic users, its software coordinator, and its renewal and billing.`,
        ...(effects.secondaryAdmin === "added" ? ["You are also a secondary admin of the account now (User Management)."] : []),
        `Open the contract: ${publicLink(`/accounts/${accountId}/contracts/${contractId}`)}`,
      ].join("\n"),
    });
    const unchanged = roleChangeEffects({ kind: "contractManagerChanged", cl5: effects }).unchanged;
    return {
      data: { personId: person.id, secondaryAdmin: effects.secondaryAdmin },
      audit: {
        action: "contract.manager_changed",
        accountId,
        contractId,
        targetType: "person",
        targetId: person.id,
        targetLabel: person.label,
        before: { contractManager: before!.cm },
        after: { contractManager: person.id, secondaryAdmin: effects.secondaryAdmin },
        sideEffects: [
          ...effects.sideEffects,
          ...(effects.secondaryAdmin === "already_admin" ? [{ rule: "CL-5", effect: effects.reason }] : []),
          ...unchanged.map((u) => ({ rule: u.rule, effect: `No change to ${u.role}` })),
          { rule: "CL-4", effect: `Confirmation email to ${person.email} queued in the outbox` },
        ],
      },
    };
  },
  revalidate: ({ accountId, contractId }) => [`/accounts/${accountId}/contracts/${contractId}`, `/accounts/${accountId}/contracts`, `/accounts/${accountId}/admins`],
});
