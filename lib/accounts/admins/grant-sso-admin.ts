import { ssoAdmins } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { emailTargetInput } from "./add-secondary-admin";
import { loadEmailTargetFacts } from "./load-email-target-facts";
import { findOrCreatePerson } from "@/lib/people/people";
import { accountName } from "../named-users/invitation-email";

/**
 * The primary admin grants the SSO admin role (HB-1 Decision): the person may create hubs
 * and manage the account's sign-in settings, and nothing in User Management. SSO admins
 * need not be named users, so nobody is added to User Management here.
 */
export const grantSsoAdmin = defineAction({
  input: emailTargetInput,
  action: "admins.grantSso",
  facts: (tx, input, actor) => loadEmailTargetFacts(tx, actor.personId, input.accountId, input.email),
  run: async (tx, { accountId, email }, { actor }) => {
    const { person } = await findOrCreatePerson(tx, { email, firstName: "", lastName: "" });
    const inserted = await tx.insert(ssoAdmins).values({ accountId, personId: person.id }).onConflictDoNothing().returning({ personId: ssoAdmins.personId });
    // conflict: the primary key refused a duplicate grant (a double click; the policy saw them without the role).
    if (inserted.length === 0) throw new DomainError("conflict", "This person is already an SSO admin (HB-1).", "HB-1");
    const name = await accountName(tx, accountId);
    await enqueueEmail(tx, {
      kind: "role-changed",
      to: person.email,
      subject: `You are now an SSO admin of ${name}`,
      text: `Hello ${person.firstName || person.email},\n\n${actor.name} made you an SSO admin of ${name}: you can create hubs and manage the account's sign-in (SSO) settings.`,
    });
    return {
      data: { accountId, personId: person.id },
      audit: { action: "account.sso_admin_granted", accountId, targetType: "person", targetId: person.id, targetLabel: person.label, before: { ssoAdmin: false }, after: { ssoAdmin: true } },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/admins`],
});
