import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/input/schemas";
import { accountAdmins } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/result";
import { loadAccountPersonFacts } from "@/lib/permissions/facts";
import { swapPrimaryAdmin } from "@/lib/permissions";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { describePrimaryAdminChange, previewSideEffects } from "./describe-primary-admin-change";
import { loadRoleHolders } from "./load-role-holders";
import { lockAccountAdmins } from "./lock-account-admins";
import { findPersonById } from "@/lib/people/people";
import { accountName } from "../named-users/invitation-email";

export const adminTargetInput = z.object({ accountId: z.uuid(), personId: text({ min: 1, max: 100 }) });

/** The change names the primary admin the actor saw (null: none), so it applies only to the admins as they saw them. */
export const changePrimaryAdminInput = adminTargetInput.extend({ fromPrimaryAdminId: text({ min: 1, max: 100 }).nullable() });

/**
 * Makes a secondary admin the primary admin; the former primary admin becomes a secondary
 * admin (UM-2 Decision), so the account keeps exactly one primary admin (UM-1). No contract
 * manager (UM-8, CL-11), software coordinator (CL-10) or classic role (HY-3) changes.
 * A second request for the same change (a double click) finds the person primary already and
 * the policy says so (UM-2); one made while someone else became primary admin is refused
 * naming them: the actor decided on admins that are no longer so.
 */
export const changePrimaryAdmin = defineAction({
  input: changePrimaryAdminInput,
  action: "admins.changePrimary",
  // Lock first, so that the decision is made on the admins as they are now, not as a
  // concurrent change left them a moment ago (UM-1).
  facts: async (tx, input, actor) => {
    await lockAccountAdmins(tx, input.accountId);
    return loadAccountPersonFacts(tx, actor.personId, input.accountId, input.personId);
  },
  run: async (tx, { accountId, personId, fromPrimaryAdminId }, { facts }) => {
    const admins = await lockAccountAdmins(tx, accountId);
    const former = admins.find((a) => a.role === "primary") ?? null;
    if ((former?.personId ?? null) !== fromPrimaryAdminId) {
      const now = former ? await findPersonById(tx, former.personId) : null;
      const what = now ? `${now.label} became the primary admin meanwhile` : "The account has no primary admin any more";
      // conflict: someone else became primary admin since the page showed it (what the actor saw, UM-2).
      throw new DomainError("conflict", `${what}, so nothing was changed: check the admins and try again (UM-2).`, "UM-2");
    }
    if (admins.find((a) => a.personId === personId)?.role !== "secondary") {
      // conflict: the chosen secondary admin was removed since the facts were read (a race the admins lock settles).
      throw new DomainError("conflict", "This person is no longer a secondary admin: reload the page and try again (UM-2).", "UM-2");
    }
    const after = swapPrimaryAdmin(admins, personId);
    // Demote first: the partial unique index account_admins_one_primary allows one primary row at any moment.
    if (former) {
      await tx.update(accountAdmins).set({ role: "secondary" }).where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.personId, former.personId)));
    }
    await tx.update(accountAdmins).set({ role: "primary" }).where(and(eq(accountAdmins.accountId, accountId), eq(accountAdmins.personId, personId)));

    const [target, formerPerson, name] = await Promise.all([findPersonById(tx, personId), former ? findPersonById(tx, former.personId) : null, accountName(tx, accountId)]);
    const holders = facts.actor.account ? await loadRoleHolders(tx, facts.actor.account) : { contractManagers: [], softwareCoordinators: [] };
    const preview = describePrimaryAdminChange(target?.label ?? personId, formerPerson?.label ?? null, holders);
    if (target) {
      await enqueueEmail(tx, {
        kind: "role-changed",
        to: target.email,
        subject: `You are now the primary admin of ${name}`,
        text: [
          `Hello ${target.firstName || target.email},`,
          "",
          `You are now the primary admin of ${name} in User Management${formerPerson ? `, in place of ${formerPerson.label}, who stays a secondary admin` : ""}.`,
          "Contract managers and software coordinators keep their roles.",
        ].join("\n"),
      });
    }
    return {
      data: { accountId, primaryAdminId: personId, formerPrimaryAdminId: former?.personId ?? null },
      audit: {
        action: "account.primary_admin_changed",
        accountId,
        targetType: "person",
        targetId: personId,
        targetLabel: target?.label ?? personId,
        before: { primaryAdmin: formerPerson?.email ?? null, admins: admins.map((a) => ({ personId: a.personId, role: a.role })) },
        after: { primaryAdmin: target?.email ?? null, admins: after },
        sideEffects: previewSideEffects(preview),
      },
    };
  },
  revalidate: ({ accountId }) => [`/accounts/${accountId}/admins`, `/accounts/${accountId}/users`],
});
