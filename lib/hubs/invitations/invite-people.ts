import { randomUUID } from "node:crypto";
import { z } from "zod";
import { and, eq, inArray, sql } from "drizzle-orm";
import { hubDepartures, hubMembers, invitations, people } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { text } from "@/lib/input/schemas";
import { decide, hubInvitationStatusOnSend } from "@/lib/permissions";
import { loadHubFacts } from "@/lib/permissions/facts";
import { LIMITS } from "@/lib/security/limits";
import { enqueueInvitationEmail, invitationExpiry } from "./invitation-email";
import { newInvitationToken } from "./invitation-token";
import { MAX_INVITES_PER_BATCH, parseAddressList } from "./parse-address-list";

export type InviteOutcome = "invited" | "awaiting_approval" | "already_member" | "already_invited" | "invalid" | "refused";
/** `reason`: the policy's words when this address was refused (HB-8 Decision: the hub remembers their departure). */
export type InviteResult = { email: string; outcome: InviteOutcome; reason?: string };

const input = z.object({
  hubId: z.uuid(),
  emails: text({ max: 30_000, maxMessage: "Paste at most 100 addresses." })
    .min(1, "Enter at least one email address.")
    .refine((v) => parseAddressList(v).valid.length + parseAddressList(v).invalid.length <= MAX_INVITES_PER_BATCH, `Invite at most ${MAX_INVITES_PER_BATCH} people at once.`),
});

/**
 * HB-5 / HB-6 / HB-3: invite one or many people to the hub (they become Hub Members on
 * accepting). Administrators' invitations go out at once; in `approval_required` mode a
 * Hub Member's wait for approval. HB-7: one live invitation per person and hub, held by the
 * partial unique index `invitations_one_live` — a double submit or two administrators at
 * once insert one row, and only inserted rows get their email (EM-1, same transaction).
 */
export const invitePeople = defineAction({
  input,
  action: "hubs.invite",
  limitPerActor: { limit: LIMITS.invitationsPerActor, what: "sent invitations" },
  facts: (tx, { hubId }, actor) => loadHubFacts(tx, actor.personId, hubId),
  run: async (tx, { hubId, emails }, { actor, facts }) => {
    const { valid, invalid } = parseAddressList(emails);
    const membership = facts.actor.hub;
    const status = membership ? hubInvitationStatusOnSend(facts.resource.hub.invitationMode, membership.role) : null;
    if (!status) throw new Error("decide allowed an invitation the mode refuses");
    // The addresses' standing in the hub, one statement: members, and people the hub remembers (HB-8 Decision).
    const known = valid.length
      ? await tx
          .select({ email: sql<string>`lower(${people.email})`, member: sql<boolean>`${hubMembers.personId} is not null`, departure: hubDepartures.reason })
          .from(people)
          .leftJoin(hubMembers, and(eq(hubMembers.hubId, hubId), eq(hubMembers.personId, people.id)))
          .leftJoin(hubDepartures, and(eq(hubDepartures.hubId, hubId), eq(hubDepartures.personId, people.id)))
          .where(inArray(sql`lower(${people.email})`, valid))
      : [];
    const memberSet = new Set(known.filter((k) => k.member).map((k) => k.email));
    // Each remembered address is decided by the policy on its own (only a hub administrator invites them back).
    const refused = new Map<string, string>();
    for (const k of known) {
      if (k.member || !k.departure) continue;
      const d = decide(facts.actor, "hubs.invite", { ...facts.resource, invitee: { departure: k.departure } });
      if (!d.allowed) refused.set(k.email, d.reason);
    }
    // Sorted, so two batches with the same addresses take the index entries in one order (no deadlock).
    const toInvite = valid.filter((e) => !memberSet.has(e) && !refused.has(e)).sort();
    const prepared = toInvite.map((email) => {
      const id = randomUUID();
      return { id, email, ...newInvitationToken(id) };
    });
    const expiresAt = invitationExpiry();
    const inserted = prepared.length
      ? await tx
          .insert(invitations)
          .values(prepared.map((p) => ({ id: p.id, hubId, email: p.email, hubRole: "hub_member" as const, status, tokenHash: p.hash, expiresAt, invitedBy: actor.personId })))
          .onConflictDoNothing()
          .returning({ id: invitations.id, email: invitations.email })
      : [];
    const insertedIds = new Set(inserted.map((r) => r.id));
    const made = prepared.filter((p) => insertedIds.has(p.id));
    if (status === "pending") {
      for (const p of made) await enqueueInvitationEmail(tx, { to: p.email, token: p.token, inviterName: actor.name, hubName: facts.name, projectName: null });
    }
    const madeSet = new Set(made.map((p) => p.email));
    const results: InviteResult[] = [
      ...valid.map((email): InviteResult => {
        const reason = refused.get(email);
        if (reason) return { email, outcome: "refused", reason };
        return { email, outcome: memberSet.has(email) ? "already_member" : madeSet.has(email) ? (status === "pending" ? "invited" : "awaiting_approval") : "already_invited" };
      }),
      ...invalid.map((email): InviteResult => ({ email, outcome: "invalid" })),
    ];
    return {
      data: { results },
      audit: made.map((p) => ({
        action: "invitation.sent",
        hubId,
        accountId: facts.resource.hub.accountId,
        targetType: "invitation",
        targetId: p.id,
        targetLabel: p.email,
        after: { email: p.email, status, hubRole: "hub_member", expiresAt: expiresAt.toISOString() },
      })),
    };
  },
  revalidate: ({ hubId }) => [`/hubs/${hubId}/invitations`],
});
