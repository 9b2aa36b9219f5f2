import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { hubs, invitations, people } from "@/db/schema";
import { newInvitationToken } from "@/lib/hubs/invitations/invitation-token";

export type LargeHubSummary = { hubId: string; adminEmail: string; members: number; invitations: number };

export const hubAdminEmailFor = (domain: string) => `bench.hub.admin@${domain}`;

/**
 * hubs (issue 9): one hub of `members` members (people made here, in bulk, with one set SQL
 * statement each) and `invitations` invitations in all states, owned by `accountId`. Its
 * first member is its hub administrator, bench.hub.admin@<domain>; every 25th member is an
 * administrator too, every 10th a Project Contributor, every 50th deactivated.
 */
export async function seedLargeHub(db: Db, o: { accountId: string; domain: string; members: number; invitations: number; log: (m: string) => void }): Promise<LargeHubSummary> {
  const hubId = randomUUID();
  const adminEmail = hubAdminEmailFor(o.domain);
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into people (id, email, name, first_name, last_name, email_verified)
      select gen_random_uuid()::text, case when g = 1 then ${adminEmail} else 'hub.member.' || g || '@' || ${o.domain} end,
        'Hub Member ' || lpad(g::text, 6, '0'), 'Hub', 'Member ' || g, now()
      from generate_series(1, ${o.members}) g on conflict (email) do nothing`);
    const [admin] = await tx.select({ id: people.id }).from(people).where(eq(people.email, adminEmail));
    await tx.insert(hubs).values({ id: hubId, accountId: o.accountId, name: `Large Bench Hub ${o.domain}`, invitationMode: "approval_required", createdBy: admin!.id });
    await tx.execute(sql`insert into hub_members (hub_id, person_id, role, active, joined_at)
      select ${hubId}::uuid, p.id,
        (case when g = 1 or g % 25 = 0 then 'hub_admin' when g % 10 = 0 then 'project_contributor' else 'hub_member' end)::hub_role,
        g % 50 <> 0, now() - (g || ' minutes')::interval
      from generate_series(1, ${o.members}) g
      join people p on p.email = case when g = 1 then ${adminEmail} else 'hub.member.' || g || '@' || ${o.domain} end`);
    o.log(`${o.members} hub members`);
    const states = ["pending", "pending", "awaiting_approval", "accepted", "declined", "cancelled", "expired", "rejected"] as const;
    const rows = Array.from({ length: o.invitations }, (_, i) => {
      const id = randomUUID();
      const status = states[i % states.length]!;
      const day = 86_400_000;
      return {
        id,
        hubId,
        email: `invitee.${i}@guests.${o.domain}`,
        hubRole: "hub_member" as const,
        status,
        tokenHash: newInvitationToken(id).hash,
        invitedBy: admin!.id,
        createdAt: new Date(Date.now() - i * 60_000),
        expiresAt: new Date(Date.now() + (status === "expired" ? -day : 7 * day)),
      };
    });
    for (let i = 0; i < rows.length; i += 500) await tx.insert(invitations).values(rows.slice(i, i + 500));
    o.log(`${o.invitations} invitations`);
  });
  return { hubId, adminEmail, members: o.members, invitations: o.invitations };
}
