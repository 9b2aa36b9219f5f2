import { and, eq } from "drizzle-orm";
import { ssoAdmins } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions/facts";
import { adminTargetInput } from "./change-primary-admin";
import { findPersonById } from "@/lib/people/people";

/** The primary admin revokes the SSO admin role (HB-1 Decision); any other role the person has stays. */
export const revokeSsoAdmin = defineAction({
  input: adminTargetInput,
  action: "admins.revokeSso",
  facts: (tx, input, actor) => loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId),
  run: async (tx, { accountId, personId }) => {
    const removed = await tx
      .delete(ssoAdmins)
      .where(and(eq(ssoAdmins.accountId, accountId), eq(ssoAdmins.personId, personId)))
      .returning({ personId: ssoAdmins.personId });
    // conflict: the role was revoked since the facts were read (a double click, another admin).
    if (removed.length === 0) throw new DomainError("conflict", "This person is no longer an SSO admin (HB-1).", "HB-1");
    const person = await findPersonById(tx, personId);
    return {
      data: { accountId, personId },
      audit: { action: "account.sso_admin_revoked", accountId, targetType: "person", targetId: personId, targetLabel: person?.label ?? personId, before: { ssoAdmin: true }, after: { ssoAdmin: false } },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/admins`],
});
