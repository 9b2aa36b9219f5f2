import { z } from "zod";
import { emailAddress, text } from "@/lib/input/schemas";
import { accountAdmins } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import type { AuditSideEffect } from "@/lib/audit/write-audit";
import { roleChangeEffects } from "@/lib/permissions";
import { LIMITS } from "@/lib/security/limits";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { loadEmailTargetFacts } from "./load-email-target-facts";
import { lockAccountAdmins } from "./lock-account-admins";
import { findOrCreatePerson } from "@/lib/people/people";
import { accountName } from "../named-users/invitation-email";
import { ensureNamedUser } from "./ensure-named-user";

const optionalName = text({ max: 100 }).default("");

export const emailTargetInput = z.object({
  accountId: z.uuid(),
  email: emailAddress("Enter an email address like name@example.com."),
});

export const addSecondaryAdminInput = emailTargetInput.extend({ firstName: optionalName, lastName: optionalName });

/**
 * Makes a person, named by email, a secondary admin of the account (UM-3). Someone who is
 * not a named user yet (or new to the portal) becomes one first, since admins are named
 * users; classic users are not touched (HY-2). An admin of another account is refused
 * (UM-4): by the policy, and by the unique index account_admins_one_account_per_person
 * when two accounts race for the same person.
 */
export const addSecondaryAdmin = defineAction({
  input: addSecondaryAdminInput,
  action: "admins.addSecondary",
  // Each grant emails the person.
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: async (tx, input, actor) => {
    await lockAccountAdmins(tx, input.accountId);
    return loadEmailTargetFacts(tx, actor.personId, input.accountId, input.email);
  },
  run: async (tx, { accountId, email, firstName, lastName }, { actor }) => {
    const { person } = await findOrCreatePerson(tx, { email, firstName, lastName });
    const addedNamedUser = await ensureNamedUser(tx, accountId, person, actor.personId);
    await tx.insert(accountAdmins).values({ accountId, personId: person.id, role: "secondary" });
    const name = await accountName(tx, accountId);
    await enqueueEmail(tx, {
      kind: "secondary-admin-granted",
      to: person.email,
      subject: `You are now a secondary admin of ${name}`,
      text: [
        `Hello ${person.firstName || person.email},`,
        "",
        `${actor.name} made you a secondary admin of ${name}: you can now manage its named users, their products and its admins in User Management.`,
        ...(addedNamedUser ? [`You were also added as a user of ${name}.`] : []),
        `Sign in with ${person.email} to get started.`,
      ].join("\n"),
    });
    const sideEffects: AuditSideEffect[] = [
      ...(addedNamedUser ? [{ rule: "UM-3", effect: "Added as a named user first (admins are named users); classic users unchanged (HY-2)" }] : []),
      ...roleChangeEffects({ kind: "secondaryAdminAdded" }).unchanged.map((u) => ({ rule: u.rule, effect: `No change to ${u.role}` })),
    ];
    return {
      data: { accountId, personId: person.id, addedNamedUser },
      audit: {
        action: "account.secondary_admin_granted",
        accountId,
        targetType: "person",
        targetId: person.id,
        targetLabel: person.label,
        before: { role: null, namedUser: !addedNamedUser },
        after: { role: "secondary", namedUser: true },
        sideEffects,
      },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/admins`, `/accounts/${accountId}/users`],
});
